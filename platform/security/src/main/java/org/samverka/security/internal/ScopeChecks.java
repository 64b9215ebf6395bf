package org.samverka.security.internal;

import java.util.Optional;

import org.samverka.api.rest.Validation;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;
import org.samverka.api.tenant.TenantDirectory;
import org.samverka.api.tenant.TenantKind;

/** What tokens and people share when an admin hands out a role and a scope: the same checks, the same words. */
final class ScopeChecks implements AccessPolicy.Regions {

    private final TenantDirectory tenants;

    ScopeChecks(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    Role role(Validation check, String id) {
        Role role = Role.fromId(String.valueOf(id)).orElse(null);
        check.check(role != null, "role", "must be one of platform-admin, region-admin, editor, viewer");
        return role;
    }

    Scope scope(Validation check, Role role, String text) {
        Scope scope = Scope.parse(text).orElse(null);
        check.check(scope != null, "scope", "must be 'platform', 'region:<id>' or 'municipality:<id>'");
        check.check(role == null || scope == null || AccessPolicy.fits(role, scope), "scope",
                "a platform-admin holds 'platform', a region-admin holds 'region:<id>'");
        check.check(scope == null || exists(scope), "scope", "names no existing region or municipality");
        return scope;
    }

    boolean exists(Scope scope) {
        return scope.isPlatform() || (scope.kind() == TenantKind.REGION
                ? tenants.region(scope.tenantId()).isPresent()
                : tenants.municipality(scope.tenantId()).isPresent());
    }

    @Override
    public Optional<String> regionOf(String municipalityId) {
        return tenants.municipality(municipalityId).map(m -> m.regionId());
    }
}

package org.samverka.security.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.samverka.api.security.Access;
import org.samverka.api.security.Caller;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;
import org.samverka.api.tenant.TenantKind;

/**
 * The platform's access rules, in one place: from the path's tenant, the method and the
 * caller's role and scope. Pure logic; the region of a municipality is looked up through
 * {@link Regions}.
 */
final class AccessPolicy {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Where municipalities belong. */
    interface Regions {
        Optional<String> regionOf(String municipalityId);
    }

    private AccessPolicy() {
    }

    static Demand demandOf(String method, String path, Access access) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        boolean write = access != null ? access.value() == Access.Level.WRITE : !READ_METHODS.contains(method);
        Access.Reach reach = access == null ? Access.Reach.TENANT : access.reach();
        if (segments.isEmpty()) {
            return outsideTenants(access, write, reach);
        }
        return switch (segments.get(0)) {
            case "health" -> new Demand(Demand.Need.PUBLIC, null, null, null, reach, write);
            case "tokens", "audit", "people" -> new Demand(Demand.Need.ADMIN, null, null, null, reach, write);
            // Signing in and the first start's set-up come before there is a caller; they write their own audit entries.
            case "sessions", "setup" -> new Demand(Demand.Need.PUBLIC, null, null, null, reach, false);
            // Everyone signed in may read and change their own account.
            case "account" -> new Demand(Demand.Need.AUTHENTICATED, null, null, null, reach, write);
            case "regions" -> tenantDemand(TenantKind.REGION, segments, reach, write);
            case "municipalities" -> tenantDemand(TenantKind.MUNICIPALITY, segments, reach, write);
            default -> outsideTenants(access, write, reach);
        };
    }

    /**
     * A path that names no tenant: anyone with a token reads it, but a write there, where no
     * scope can limit it, needs the platform-admin, unless the method declares with
     * {@link Access} that editors may write it.
     */
    private static Demand outsideTenants(Access access, boolean write, Access.Reach reach) {
        Demand.Need need = !write ? Demand.Need.AUTHENTICATED
                : access != null ? Demand.Need.EDITOR : Demand.Need.PLATFORM_ADMIN;
        return new Demand(need, null, null, null, reach, write);
    }

    private static Demand tenantDemand(TenantKind kind, List<String> segments, Access.Reach reach, boolean write) {
        if (segments.size() == 1) {
            return new Demand(write ? Demand.Need.PLATFORM_ADMIN : Demand.Need.AUTHENTICATED, null, null, null, reach, write);
        }
        String tenantId = segments.get(1);
        String next = segments.size() > 2 ? segments.get(2) : null;
        Demand.Need need;
        String moduleId = null;
        if (next == null || (kind == TenantKind.REGION && next.equals("municipalities"))) {
            need = write ? Demand.Need.PLATFORM_ADMIN : Demand.Need.READ;
        } else if (next.equals("modules")) {
            need = write ? Demand.Need.TENANT_ADMIN : Demand.Need.READ;
        } else {
            need = write ? Demand.Need.WRITE : Demand.Need.READ;
            moduleId = next;
        }
        return new Demand(need, kind, tenantId, moduleId, reach, write);
    }

    static boolean allows(Caller caller, Demand demand, Regions regions) {
        if (demand.need() == Demand.Need.PUBLIC) {
            return true;
        }
        if (caller == null) {
            return false;
        }
        Role role = caller.role();
        return switch (demand.need()) {
            case PUBLIC, AUTHENTICATED -> true;
            case ADMIN -> role.includes(Role.REGION_ADMIN);
            case PLATFORM_ADMIN -> role == Role.PLATFORM_ADMIN;
            case EDITOR -> role.includes(Role.EDITOR);
            case TENANT_ADMIN -> role.includes(Role.REGION_ADMIN) && covers(caller.scope(), demand, regions);
            case WRITE -> role.includes(Role.EDITOR) && covers(caller.scope(), demand, regions);
            case READ -> role.includes(Role.VIEWER) && covers(caller.scope(), demand, regions);
        };
    }

    /** Whether the scope holds the demand's tenant. An unknown municipality is held by the platform only. */
    static boolean covers(Scope scope, Demand demand, Regions regions) {
        if (scope.isPlatform()) {
            return true;
        }
        String id = demand.tenantId();
        if (scope.kind() == TenantKind.REGION) {
            return demand.kind() == TenantKind.REGION
                    ? scope.tenantId().equals(id)
                    : regions.regionOf(id).map(scope.tenantId()::equals).orElse(false);
        }
        if (demand.reach() == Access.Reach.WHOLE_REGION) {
            return false;
        }
        if (demand.kind() == TenantKind.MUNICIPALITY) {
            return scope.tenantId().equals(id);
        }
        return demand.reach() == Access.Reach.REGION_MEMBERS
                && regions.regionOf(scope.tenantId()).map(id::equals).orElse(false);
    }

    /** Whether a caller may hand out a token of this role and scope: never more power nor a wider scope. */
    static boolean mayGrant(Caller caller, Role role, Scope scope, Regions regions) {
        if (!caller.role().includes(Role.REGION_ADMIN) || !caller.role().includes(role)) {
            return false;
        }
        if (scope.isPlatform()) {
            return caller.scope().isPlatform();
        }
        Demand within = new Demand(Demand.Need.READ, scope.kind(), scope.tenantId(), null, Access.Reach.TENANT, false);
        return covers(caller.scope(), within, regions);
    }

    /** Roles only make sense with some scopes: admins hold exactly the platform or a region. */
    static boolean fits(Role role, Scope scope) {
        return switch (role) {
            case PLATFORM_ADMIN -> scope.isPlatform();
            case REGION_ADMIN -> scope.kind() == TenantKind.REGION;
            case EDITOR, VIEWER -> true;
        };
    }
}

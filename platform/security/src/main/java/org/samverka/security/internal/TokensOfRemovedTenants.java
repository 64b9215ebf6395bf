package org.samverka.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.security.Scope;
import org.samverka.api.tenant.TenantKind;
import org.samverka.api.tenant.TenantRemovalListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A deleted tenant's tokens are revoked with it: nobody keeps a key to a place that is gone. */
@Component
public final class TokensOfRemovedTenants implements TenantRemovalListener {

    private static final Logger LOG = LoggerFactory.getLogger(TokensOfRemovedTenants.class);

    private final TokenStore tokens;

    @Activate
    public TokensOfRemovedTenants(@Reference TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public void removed(TenantKind kind, String tenantId) {
        Scope scope = kind == TenantKind.REGION ? Scope.region(tenantId) : Scope.municipality(tenantId);
        int revoked = tokens.revokeScope(scope);
        if (revoked > 0) {
            LOG.info("Revoked {} token(s) of the deleted {}", revoked, scope);
        }
    }
}

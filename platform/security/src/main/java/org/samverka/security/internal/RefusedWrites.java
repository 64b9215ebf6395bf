package org.samverka.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records write attempts that the access policy refused, with outcome {@code DENIED}, in their
 * own transaction (nothing else is written by such a request). The entry belongs to the
 * caller's own scope: its admins learn what their token tried, while the admins of the tenant
 * it aimed at never see another tenant's token.
 */
@Component(service = RefusedWrites.class)
public final class RefusedWrites {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedWrites.class);

    private final TokenStore tokens;

    @Activate
    public RefusedWrites(@Reference TokenStore tokens) {
        this.tokens = tokens;
    }

    /** Never throws: a refusal stays a refusal even when the database cannot take its record. */
    void record(Caller caller, String method, String path) {
        try {
            tokens.schema().inTransaction(c -> AuditTrail.insert(c, caller, method, path,
                    caller.scope().isPlatform() ? null : caller.scope().toString(), null, "DENIED"));
        } catch (RuntimeException e) {
            LOG.warn("Could not record a refused {} by token {}: {}", method, caller.tokenId(), e.getMessage());
        }
    }
}

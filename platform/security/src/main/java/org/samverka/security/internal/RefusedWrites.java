package org.samverka.security.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

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
            tokens.schema().inTransaction(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + AuditTrail.TABLE
                        + " (OCCURRED_AT, TOKEN_ID, TOKEN_NAME, ROLE, METHOD, PATH, TENANT, ENTITY_ID, OUTCOME) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'DENIED')")) {
                    insert.setTimestamp(1, Timestamp.from(Instant.now()));
                    insert.setString(2, caller.tokenId());
                    insert.setString(3, caller.tokenName());
                    insert.setString(4, caller.role().id());
                    insert.setString(5, method);
                    insert.setString(6, AuditTrail.truncate(path, 500));
                    insert.setString(7, caller.scope().isPlatform() ? null : caller.scope().toString());
                    return insert.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record a refused {} by token {}: {}", method, caller.tokenId(), e.getMessage());
        }
    }
}

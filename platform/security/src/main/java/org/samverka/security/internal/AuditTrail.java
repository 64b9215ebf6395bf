package org.samverka.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.TransactionObserver;

/**
 * Writes the audit entry of a write request into the transaction that makes the change, on its
 * connection, so the entry exists exactly when the change committed. Secrets never reach it:
 * it records the token's id and name, never the token.
 */
@Component(service = {TransactionObserver.class, AuditTrail.class})
public final class AuditTrail implements TransactionObserver {

    static final String TABLE = "SAMVERKA_SECURITY.AUDIT_ENTRY";

    private final RequestScope scope;

    @Activate
    public AuditTrail(@Reference RequestScope scope) {
        this.scope = scope;
    }

    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        PendingAudit pending = scope.pendingAudit();
        if (pending == null || pending.entryId != null) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (OCCURRED_AT, TOKEN_ID, TOKEN_NAME, ROLE, METHOD, PATH, TENANT, ENTITY_ID, OUTCOME) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'COMMITTED')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, pending.caller.tokenId());
            insert.setString(3, pending.caller.tokenName());
            insert.setString(4, pending.caller.role().id());
            insert.setString(5, pending.method);
            insert.setString(6, truncate(pending.path, 500));
            insert.setString(7, pending.tenant);
            insert.setString(8, pending.entityId == null ? null : truncate(pending.entityId, 200));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                pending.entryId = keys.next() ? keys.getLong(1) : -1L;
            }
        }
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

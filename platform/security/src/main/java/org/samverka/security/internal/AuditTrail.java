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
import org.samverka.api.security.Caller;
import org.samverka.storage.spi.TransactionObserver;

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
        pending.entryId = insert(connection, pending.caller, pending.method, pending.path, pending.tenant,
                pending.entityId, "COMMITTED");
        pending.entryCommitted = false;
    }

    /** An entry written into a transaction that rolled back does not exist: the next attempt writes it. */
    @Override
    public void afterCompletion(boolean committed) {
        PendingAudit pending = scope.pendingAudit();
        if (pending == null || pending.entryId == null || pending.entryCommitted) {
            return;
        }
        if (committed) {
            pending.entryCommitted = true;
        } else {
            pending.entryId = null;
        }
    }

    /** Writes one entry on the given connection; returns its id (-1 if the database gave none). */
    static long insert(Connection connection, Caller caller, String method, String path, String tenant, String entityId,
            String outcome) throws SQLException {
        return insert(connection, caller.tokenId(), caller.tokenName(), caller.role().id(), method, path, tenant, entityId,
                outcome);
    }

    /** Writes one entry for whoever acted, also someone not signed in (a failed sign-in: role {@code none}). */
    static long insert(Connection connection, String callerId, String callerName, String role, String method, String path,
            String tenant, String entityId, String outcome) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (OCCURRED_AT, TOKEN_ID, TOKEN_NAME, ROLE, METHOD, PATH, TENANT, ENTITY_ID, OUTCOME) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, truncate(callerId, 64));
            insert.setString(3, truncate(callerName, 100));
            insert.setString(4, role);
            insert.setString(5, method);
            insert.setString(6, truncate(path, 500));
            insert.setString(7, tenant);
            insert.setString(8, entityId == null ? null : truncate(entityId, 200));
            insert.setString(9, outcome);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1L;
            }
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

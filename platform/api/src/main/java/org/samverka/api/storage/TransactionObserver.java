package org.samverka.api.storage;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every transaction of {@link SchemaAccess#inTransaction} that changed data, just
 * before it commits, on the same connection: what it writes commits or rolls back together with
 * the change. The platform's audit trail is one; a plugin has no reason to implement it.
 */
@ConsumerType
public interface TransactionObserver {

    /** @throws SQLException to roll the change back */
    void beforeCommit(Connection connection) throws SQLException;

    /**
     * How a transaction this observer saw in {@link #beforeCommit} ended. When it was rolled back
     * after all, forget what it was going to record: the platform may run its work again (after a
     * lock conflict), and {@link #beforeCommit} will be called again.
     *
     * @since 1.1
     */
    default void afterCompletion(boolean committed) {
    }
}

package org.samverka.storage.spi;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every transaction of any schema that changed data, just before it commits, on the same
 * connection: what it writes commits or rolls back together with the change. The audit trail is
 * one. Storage calls only observers registered by a platform bundle ({@link PlatformBundles}).
 */
@ConsumerType
public interface TransactionObserver {

    /** @throws SQLException to roll the change back */
    void beforeCommit(Connection connection) throws SQLException;

    /**
     * How a transaction this observer saw in {@link #beforeCommit} ended. When it was rolled back
     * after all, forget what it was going to record: storage may run the work again (after a lock
     * conflict), and {@link #beforeCommit} will be called again.
     */
    default void afterCompletion(boolean committed) {
    }
}

package org.samverka.api.storage;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * No longer called. It showed its implementer every writing transaction of every schema, on that
 * transaction's connection: more than a plugin should ever hold. Storage ignores services of this
 * type and logs a warning naming the bundle that registers one; the platform's audit trail
 * observes transactions through an interface plugins cannot wire to.
 *
 * @deprecated since 1.2, for removal in 2.0; there is no replacement for plugins
 */
@Deprecated(since = "1.2", forRemoval = true)
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

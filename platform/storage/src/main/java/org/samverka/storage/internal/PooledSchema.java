package org.samverka.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.TransactionWork;
import org.samverka.storage.spi.TransactionObserver;

/**
 * A schema served from the shared pool; a connection keeps the schema it last had, so each
 * borrower sets its own when it differs. Transactions that lose a lock conflict run again, a few times, before the caller is
 * told the database is busy.
 */
final class PooledSchema implements SchemaAccess {

    /** How often a transaction runs at most when it keeps losing lock conflicts. */
    static final int MAX_ATTEMPTS = 4;

    private final String name;
    private final DataSource pool;
    private final Supplier<List<TransactionObserver>> observers;

    PooledSchema(String name, DataSource pool, Supplier<List<TransactionObserver>> observers) {
        this.name = name;
        this.pool = pool;
        this.observers = observers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Connection connection() {
        try {
            Connection c = pool.getConnection();
            // SET SCHEMA is a statement in Derby; most connections already have this schema.
            if (!name.equals(c.getSchema())) {
                c.setSchema(name);
            }
            return c;
        } catch (SQLException e) {
            throw SqlFailures.translate("The database is not available", e);
        }
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return attempt(work);
            } catch (SQLException e) {
                if (!SqlFailures.isLockConflict(e) || attempt == MAX_ATTEMPTS) {
                    throw SqlFailures.translate("A database statement failed in schema " + name, e);
                }
                SqlFailures.pauseBeforeRetry(attempt);
            }
        }
    }

    private <T> T attempt(TransactionWork<T> work) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            List<TransactionObserver> told = List.of();
            try {
                WriteTracking tracking = new WriteTracking();
                T result = work.execute(tracking.wrap(c));
                if (tracking.wrote()) {
                    told = observers.get();
                    for (TransactionObserver observer : told) {
                        observer.beforeCommit(c);
                    }
                }
                c.commit();
                told.forEach(observer -> observer.afterCompletion(true));
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                told.forEach(observer -> observer.afterCompletion(false));
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}

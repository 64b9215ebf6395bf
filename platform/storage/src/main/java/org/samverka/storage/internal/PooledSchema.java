package org.samverka.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StorageException;
import org.samverka.api.storage.TransactionObserver;
import org.samverka.api.storage.TransactionWork;

/** A schema served from the shared pool; the pool resets the current schema when a connection returns. */
final class PooledSchema implements SchemaAccess {

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
            c.setSchema(name);
            return c;
        } catch (SQLException e) {
            throw new StorageException("The database is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                WriteTracking tracking = new WriteTracking();
                T result = work.execute(tracking.wrap(c));
                if (tracking.wrote()) {
                    for (TransactionObserver observer : observers.get()) {
                        observer.beforeCommit(c);
                    }
                }
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("A database statement failed in schema " + name + ": " + e.getMessage(), e);
        }
    }
}

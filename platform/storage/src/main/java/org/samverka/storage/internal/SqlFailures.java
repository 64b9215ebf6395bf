package org.samverka.storage.internal;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ThreadLocalRandom;

import org.samverka.api.storage.ConflictException;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.StorageBusyException;
import org.samverka.api.storage.StorageException;
import org.samverka.api.storage.UnstorableValueException;

/**
 * What a failed statement means, read from its SQL state, and the domain exception the platform
 * answers for it. Derby's states: 23505 a unique key taken, 23503 a foreign key broken, 40XL1 a lock wait timed out, 40001 a
 * transaction chosen to break a deadlock, 22xxx a value that does not fit its column.
 */
final class SqlFailures {

    private SqlFailures() {
    }

    /** A conflict with other transactions that a second attempt can win. */
    static boolean isLockConflict(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            String state = cause.getSQLState();
            if ("40XL1".equals(state) || "40XL2".equals(state) || "40001".equals(state)) {
                return true;
            }
        }
        return false;
    }

    static StorageException translate(String context, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505")) {
            return new DuplicateKeyException(context + ": a record with the same key already exists", e);
        }
        if (state.equals("23503")) {
            return new ConflictException(context + ": it refers to a record that does not exist, "
                    + "or another record refers to it", e);
        }
        if (isLockConflict(e)) {
            return new StorageBusyException(context + ": other changes held the rows it needed for too long", e);
        }
        if (e instanceof SQLTransientConnectionException && !state.startsWith("08")) {
            return new StorageBusyException(context + ": no database connection became free in time", e);
        }
        if (state.startsWith("22")) {
            return new UnstorableValueException(context + ": " + e.getMessage(), e);
        }
        return new StorageException(context + ": " + e.getMessage(), e);
    }

    /** Waits a little longer after each lost conflict, with jitter so that two losers do not meet again. */
    static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(10L * attempt + ThreadLocalRandom.current().nextInt(20 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

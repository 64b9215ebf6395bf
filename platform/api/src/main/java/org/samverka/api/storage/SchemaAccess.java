package org.samverka.api.storage;

import java.sql.Connection;

import org.osgi.annotation.versioning.ProviderType;

/** Access to one schema: every connection handed out has it as its current schema. */
@ProviderType
public interface SchemaAccess {

    /** The schema's name as stored in the database (upper case). */
    String name();

    /**
     * Runs the work in one transaction on a pooled connection: commits when it returns,
     * rolls back when it throws. Unqualified table names refer to this schema.
     *
     * <p>When the transaction loses a lock conflict (a lock wait timed out, or it was chosen to
     * break a deadlock), it is rolled back and the work runs again, a few times at most: the work
     * must do nothing outside the transaction that cannot be repeated. SQL errors leave as
     * {@link StorageException}s: {@link DuplicateKeyException} for a unique key taken,
     * {@link StorageBusyException} when retrying did not help, {@link UnstorableValueException}
     * for a value that does not fit its column.
     */
    <T> T inTransaction(TransactionWork<T> work);

    /**
     * Runs the body in one transaction, as {@link #inTransaction} does, with the statements of
     * {@link Transaction} in place of JDBC plumbing:
     *
     * <pre>{@code
     * List<Note> list(String municipalityId) {
     *     return db.transaction(tx -> tx.list(Note::fromRow,
     *             "SELECT * FROM NOTE WHERE MUNICIPALITY_ID = ? ORDER BY ID", municipalityId));
     * }
     * }</pre>
     *
     * @since 1.1
     */
    default <T> T transaction(TransactionBody<T> body) {
        return inTransaction(connection -> Statements.run(connection, body));
    }

    /** A pooled connection in auto-commit mode with this schema current; close it after use. */
    Connection connection();
}

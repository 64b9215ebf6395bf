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
     */
    <T> T inTransaction(TransactionWork<T> work);

    /** A pooled connection in auto-commit mode with this schema current; close it after use. */
    Connection connection();
}

package org.samverka.api.storage;

import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/** What one transaction of {@link SchemaAccess#transaction} does. */
@ConsumerType
@FunctionalInterface
public interface TransactionBody<T> {
    T run(Transaction transaction) throws SQLException;
}

package org.samverka.api.storage;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/** Work done inside one transaction. */
@ConsumerType
@FunctionalInterface
public interface TransactionWork<T> {
    T execute(Connection connection) throws SQLException;
}

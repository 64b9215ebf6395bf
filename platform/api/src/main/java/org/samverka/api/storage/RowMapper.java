package org.samverka.api.storage;

import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/** Turns the current {@link Row} of a query into a value, usually a record: {@code Note::fromRow}. */
@ConsumerType
@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row) throws SQLException;
}

package org.samverka.api.storage;

import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the current {@link Row} of a query into a value, usually a record. Where a record's
 * components match the columns by name ({@code createdAt} is {@code CREATED_AT}), pass the record
 * class to {@link Transaction} instead of writing a mapper.
 */
@ConsumerType
@FunctionalInterface
public interface RowMapper<T> {

    T map(Row row) throws SQLException;

    /**
     * A mapper that fills each component of the record from the column of the same name in upper
     * snake case. Components may be {@code String}, {@code long}, {@code Long} (nullable),
     * {@code int}, {@code Integer}, {@code boolean}, {@code double}, {@code Instant},
     * {@code LocalDate} or an enum (stored by name).
     *
     * @throws IllegalArgumentException when a component has another type
     */
    static <R extends Record> RowMapper<R> forRecord(Class<R> type) {
        return RecordMapper.of(type);
    }
}

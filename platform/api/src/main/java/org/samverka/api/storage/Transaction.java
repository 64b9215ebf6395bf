package org.samverka.api.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The statements of one transaction of {@link SchemaAccess#transaction}, without the JDBC
 * plumbing: arguments are bound in order ({@code ?}), enums by name, {@code Instant} and
 * {@code LocalDate} as SQL timestamps and dates, {@code null} as SQL {@code NULL}.
 */
@ProviderType
public interface Transaction {

    /** Every row the query returns, mapped. */
    <T> List<T> list(RowMapper<T> mapper, String sql, Object... arguments) throws SQLException;

    /** Every row the query returns, as records whose components match its columns ({@link RowMapper#forRecord}). */
    default <R extends Record> List<R> list(Class<R> type, String sql, Object... arguments) throws SQLException {
        return list(RowMapper.forRecord(type), sql, arguments);
    }

    /** The first row the query returns, mapped; empty when there is none. */
    <T> Optional<T> first(RowMapper<T> mapper, String sql, Object... arguments) throws SQLException;

    /** The first row the query returns as a record whose components match its columns; empty when there is none. */
    default <R extends Record> Optional<R> first(Class<R> type, String sql, Object... arguments) throws SQLException {
        return first(RowMapper.forRecord(type), sql, arguments);
    }

    /** The first column of the first row as a number, such as a {@code COUNT(*)}; 0 when there is no row. */
    long number(String sql, Object... arguments) throws SQLException;

    /** Runs an {@code INSERT} and returns the key the database generated for the new row. */
    long insert(String sql, Object... arguments) throws SQLException;

    /** Runs an {@code INSERT}, {@code UPDATE} or {@code DELETE}; returns how many rows it changed. */
    int update(String sql, Object... arguments) throws SQLException;

    /** A row with a {@code VERSION} column, to change or delete by compare-and-set (see {@link VersionedRow}). */
    VersionedRow versionedRow(String what, String table, String keyCondition, Object... keyArguments);

    /** The transaction's connection, for what the methods above do not cover. Do not commit or close it. */
    Connection connection();
}

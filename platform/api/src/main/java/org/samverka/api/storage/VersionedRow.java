package org.samverka.api.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The one way to change or delete a row that carries a {@code VERSION} column: a compare-and-set.
 * The version condition is part of the {@code UPDATE} or {@code DELETE} itself, so two requests
 * based on the same version can never both succeed, whatever the isolation level; reading the
 * row first and checking in Java cannot promise that.
 *
 * <pre>{@code
 * db.inTransaction(c -> {
 *     VersionedRow.of(c, "note " + id, "NOTE", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
 *             .update(ifMatch, "TEXT = ?, UPDATED_AT = ?", text, now);
 *     return find(c, municipalityId, id);
 * });
 * }</pre>
 *
 * When no row changed, the helper looks once more: the row is gone ({@link RowNotFoundException},
 * 404) or at another version ({@link StaleVersionException}, 412). Arguments are bound as
 * {@link java.sql.PreparedStatement#setObject} does, with enums bound by name.
 */
public final class VersionedRow {

    /** Name of the version column every versioned table has. */
    public static final String VERSION_COLUMN = "VERSION";

    private final Connection connection;
    private final String what;
    private final String table;
    private final String keyCondition;
    private final List<Object> keyArguments;

    private VersionedRow(Connection connection, String what, String table, String keyCondition, Object[] keyArguments) {
        this.connection = Objects.requireNonNull(connection);
        this.what = Objects.requireNonNull(what);
        this.table = Objects.requireNonNull(table);
        this.keyCondition = Objects.requireNonNull(keyCondition);
        this.keyArguments = Arrays.asList(keyArguments.clone());
    }

    /**
     * The row of {@code table} that {@code keyCondition} selects, in the transaction of {@code connection}.
     *
     * @param what the row in words for error messages, e.g. {@code "capacity item 12 of municipality 'lulea'"}
     * @param keyCondition a condition that selects at most one row, with {@code ?} for the key arguments
     */
    public static VersionedRow of(Connection connection, String what, String table, String keyCondition,
            Object... keyArguments) {
        return new VersionedRow(connection, what, table, keyCondition, keyArguments);
    }

    /**
     * Applies the assignments and raises the version by one, if the row is at an expected version.
     *
     * @param assignments the {@code SET} list without the version, e.g. {@code "TITLE = ?, UPDATED_AT = ?"}
     * @return the new version
     * @throws RowNotFoundException when there is no such row
     * @throws StaleVersionException when the row is at another version
     */
    public long update(ExpectedVersion expected, String assignments, Object... arguments) throws SQLException {
        List<Object> all = new ArrayList<>(Arrays.asList(arguments));
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ").append(assignments)
                .append(", ").append(VERSION_COLUMN).append(" = ").append(VERSION_COLUMN).append(" + 1");
        where(sql, all, expected);
        changedOne(execute(sql.toString(), all), expected);
        return version().orElseThrow(() -> new RowNotFoundException(what));
    }

    /**
     * Deletes the row, if it is at an expected version.
     *
     * @return how many rows went: always 1
     * @throws RowNotFoundException when there is no such row
     * @throws StaleVersionException when the row is at another version
     */
    public int delete(ExpectedVersion expected) throws SQLException {
        List<Object> all = new ArrayList<>();
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(table);
        where(sql, all, expected);
        changedOne(execute(sql.toString(), all), expected);
        return 1;
    }

    /** The row's current version, or empty when there is no such row. */
    public OptionalLong version() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + VERSION_COLUMN + " FROM " + table + " WHERE " + keyCondition)) {
            SqlArguments.bind(query, keyArguments);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private void where(StringBuilder sql, List<Object> arguments, ExpectedVersion expected) {
        sql.append(" WHERE (").append(keyCondition).append(')');
        arguments.addAll(keyArguments);
        if (expected.anyVersion()) {
            return;
        }
        if (expected.versions().isEmpty()) {
            // A tag this platform never issued matches no version: nothing changes, the caller gets 412.
            sql.append(" AND 1 = 0");
            return;
        }
        sql.append(" AND ").append(VERSION_COLUMN).append(" IN (")
                .append(String.join(", ", java.util.Collections.nCopies(expected.versions().size(), "?"))).append(')');
        arguments.addAll(expected.versions());
    }

    private int execute(String sql, List<Object> arguments) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArguments.bind(statement, arguments);
            return statement.executeUpdate();
        }
    }

    private void changedOne(int rows, ExpectedVersion expected) throws SQLException {
        if (rows == 1) {
            return;
        }
        if (rows > 1) {
            throw new SQLException("The key condition '" + keyCondition + "' of " + table + " selected " + rows
                    + " rows; a versioned change must address exactly one", "21000");
        }
        OptionalLong current = version();
        if (current.isEmpty() || expected.anyVersion()) {
            throw new RowNotFoundException(what);
        }
        throw new StaleVersionException(what, current.getAsLong());
    }
}

package org.samverka.api.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link Transaction} over a connection: prepare, bind, run, map, close. */
final class Statements implements Transaction {

    private final Connection connection;

    Statements(Connection connection) {
        this.connection = connection;
    }

    @Override
    public <T> List<T> list(RowMapper<T> mapper, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement query = prepare(sql, false, arguments); ResultSet rs = query.executeQuery()) {
            List<T> rows = new ArrayList<>();
            Row row = new Row(rs);
            while (rs.next()) {
                rows.add(mapper.map(row));
            }
            return rows;
        }
    }

    @Override
    public <T> Optional<T> first(RowMapper<T> mapper, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement query = prepare(sql, false, arguments)) {
            query.setMaxRows(1);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(new Row(rs))) : Optional.empty();
            }
        }
    }

    @Override
    public long number(String sql, Object... arguments) throws SQLException {
        try (PreparedStatement query = prepare(sql, false, arguments); ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public long insert(String sql, Object... arguments) throws SQLException {
        try (PreparedStatement insert = prepare(sql, true, arguments)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The insert generated no key: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    @Override
    public int update(String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = prepare(sql, false, arguments)) {
            return statement.executeUpdate();
        }
    }

    @Override
    public VersionedRow versionedRow(String what, String table, String keyCondition, Object... keyArguments) {
        return VersionedRow.of(connection, what, table, keyCondition, keyArguments);
    }

    @Override
    public Connection connection() {
        return connection;
    }

    private PreparedStatement prepare(String sql, boolean returnKeys, Object[] arguments) throws SQLException {
        PreparedStatement statement = returnKeys ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
        try {
            SqlArguments.bind(statement, Arrays.asList(arguments));
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Runs a body on a connection; for {@link SchemaAccess} implementations. */
    static <T> T run(Connection connection, TransactionBody<T> body) throws SQLException {
        return body.run(new Statements(connection));
    }
}

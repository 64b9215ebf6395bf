package org.samverka.api.storage;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The current row of a query, read by column name, with SQL {@code NULL} as Java {@code null}
 * for the object types. A {@link RowMapper} turns it into a record.
 *
 * <p>One {@code Row} serves every row of a result set, and finds each column's position by its
 * name once: a driver looks a name up by comparing it with every column's, which, for a query of
 * thousands of rows, cost more than reading the values.
 */
public final class Row {

    private final ResultSet resultSet;
    private final Map<String, Integer> positions = new HashMap<>();

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    private int at(String column) throws SQLException {
        Integer position = positions.get(column);
        if (position == null) {
            position = resultSet.findColumn(column);
            positions.put(column, position);
        }
        return position;
    }

    public String text(String column) throws SQLException {
        return resultSet.getString(at(column));
    }

    /** A whole number that is never null, such as an id or a version. */
    public long number(String column) throws SQLException {
        return resultSet.getLong(at(column));
    }

    /** A whole number that may be null. */
    public Long optionalNumber(String column) throws SQLException {
        long value = resultSet.getLong(at(column));
        return resultSet.wasNull() ? null : value;
    }

    /** A whole number in the {@code int} range that is never null, such as a count or a year. */
    public int integer(String column) throws SQLException {
        return resultSet.getInt(at(column));
    }

    public boolean flag(String column) throws SQLException {
        return resultSet.getBoolean(at(column));
    }

    public Instant instant(String column) throws SQLException {
        Timestamp value = resultSet.getTimestamp(at(column));
        return value == null ? null : value.toInstant();
    }

    public LocalDate date(String column) throws SQLException {
        Date value = resultSet.getDate(at(column));
        return value == null ? null : value.toLocalDate();
    }

    /** The enum constant the column names; null for SQL {@code NULL}. */
    public <E extends Enum<E>> E enumValue(Class<E> type, String column) throws SQLException {
        String name = resultSet.getString(at(column));
        return name == null ? null : Enum.valueOf(type, name.strip());
    }

    /** The plain result set, for what the methods above do not cover. */
    public ResultSet resultSet() {
        return resultSet;
    }
}

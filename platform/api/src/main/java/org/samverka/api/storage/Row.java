package org.samverka.api.storage;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The current row of a query, read by column name, with SQL {@code NULL} as Java {@code null}
 * for the object types. A {@link RowMapper} turns it into a record.
 */
public final class Row {

    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    public String text(String column) throws SQLException {
        return resultSet.getString(column);
    }

    /** A whole number that is never null, such as an id or a version. */
    public long number(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    /** A whole number that may be null. */
    public Long optionalNumber(String column) throws SQLException {
        long value = resultSet.getLong(column);
        return resultSet.wasNull() ? null : value;
    }

    /** A whole number in the {@code int} range that is never null, such as a count or a year. */
    public int integer(String column) throws SQLException {
        return resultSet.getInt(column);
    }

    public boolean flag(String column) throws SQLException {
        return resultSet.getBoolean(column);
    }

    public Instant instant(String column) throws SQLException {
        Timestamp value = resultSet.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public LocalDate date(String column) throws SQLException {
        Date value = resultSet.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    /** The enum constant the column names; null for SQL {@code NULL}. */
    public <E extends Enum<E>> E enumValue(Class<E> type, String column) throws SQLException {
        String name = resultSet.getString(column);
        return name == null ? null : Enum.valueOf(type, name.strip());
    }

    /** The plain result set, for what the methods above do not cover. */
    public ResultSet resultSet() {
        return resultSet;
    }
}

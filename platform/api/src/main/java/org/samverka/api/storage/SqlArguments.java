package org.samverka.api.storage;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Binds statement arguments the way every store of the platform does: enums by name, instants
 * as timestamps and local dates as dates (JDBC 4.2's java.time binding is not Derby's).
 */
final class SqlArguments {

    private SqlArguments() {
    }

    static void bind(PreparedStatement statement, List<Object> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            statement.setObject(i + 1, sqlValue(arguments.get(i)));
        }
    }

    private static Object sqlValue(Object argument) {
        if (argument instanceof Enum<?> e) {
            return e.name();
        }
        if (argument instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (argument instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        return argument;
    }
}

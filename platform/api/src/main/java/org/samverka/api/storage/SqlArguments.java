package org.samverka.api.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Binds statement arguments the way every store of the platform does: enums by name. */
final class SqlArguments {

    private SqlArguments() {
    }

    static void bind(PreparedStatement statement, List<Object> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            Object argument = arguments.get(i);
            statement.setObject(i + 1, argument instanceof Enum<?> e ? e.name() : argument);
        }
    }
}

package org.samverka.api.storage;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Maps a row into a record by name: component {@code createdAt} reads column
 * {@code CREATED_AT}. Built once per record type; see {@link RowMapper#forRecord}.
 */
final class RecordMapper<R extends Record> implements RowMapper<R> {

    private static final ClassValue<RecordMapper<?>> MAPPERS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected RecordMapper<?> computeValue(Class<?> type) {
            return new RecordMapper(type);
        }
    };

    private final Class<R> type;
    private final Constructor<R> constructor;
    private final RecordComponent[] components;
    private final String[] columns;

    private RecordMapper(Class<R> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.columns = Arrays.stream(components).map(c -> column(c.getName())).toArray(String[]::new);
        for (RecordComponent component : components) {
            if (!readable(component.getType())) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName() + " is a "
                        + component.getType().getSimpleName() + ", which rows are not read into; write a RowMapper");
            }
        }
        try {
            this.constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            // A plugin's records are often package-private; the constructor is still the record's own.
            constructor.setAccessible(true);
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException("A record always has its canonical constructor", impossible);
        }
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> RecordMapper<R> of(Class<R> type) {
        return (RecordMapper<R>) MAPPERS.get(type);
    }

    @Override
    public R map(Row row) throws SQLException {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read(row, components[i].getType(), columns[i]);
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(type.getSimpleName() + " refused a row", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not make a " + type.getSimpleName() + " of a row", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(Row row, Class<?> type, String column) throws SQLException {
        if (type == String.class) {
            return row.text(column);
        } else if (type == long.class) {
            return row.number(column);
        } else if (type == Long.class) {
            return row.optionalNumber(column);
        } else if (type == int.class) {
            return row.integer(column);
        } else if (type == Integer.class) {
            Long value = row.optionalNumber(column);
            return value == null ? null : Math.toIntExact(value);
        } else if (type == boolean.class) {
            return row.flag(column);
        } else if (type == double.class) {
            return row.resultSet().getDouble(column);
        } else if (type == Instant.class) {
            return row.instant(column);
        } else if (type == LocalDate.class) {
            return row.date(column);
        } else {
            return row.enumValue((Class<Enum>) type, column);
        }
    }

    private static boolean readable(Class<?> type) {
        return type == String.class || type == long.class || type == Long.class || type == int.class
                || type == Integer.class || type == boolean.class || type == double.class || type == Instant.class
                || type == LocalDate.class || type.isEnum();
    }

    /** {@code municipalityId} → {@code MUNICIPALITY_ID}. */
    static String column(String component) {
        return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}

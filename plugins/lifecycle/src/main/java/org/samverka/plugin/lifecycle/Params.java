package org.samverka.plugin.lifecycle;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.samverka.api.rest.ApiProblem;

/** Query parameters checked by hand, so a bad value is a 400 naming it rather than JAX-RS's 404. */
final class Params {

    static final int MAX_LIMIT = 500;

    private Params() {
    }

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw ApiProblem.invalid("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    static Locale language(String lang) {
        return Locale.forLanguageTag(lang == null ? "en" : lang);
    }
}

package org.samverka.plugin.lifecycle;

import java.util.Arrays;
import java.util.List;
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

    /**
     * The label language: {@code lang} when given, else the first of the caller's
     * {@code Accept-Language} that Samverka speaks (Norwegian {@code no}/{@code nn} read as
     * Bokmål), else English.
     */
    static Locale language(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip());
        }
        for (Locale wanted : acceptable) {
            switch (wanted.getLanguage()) {
                case "en", "sv" -> {
                    return Locale.forLanguageTag(wanted.getLanguage());
                }
                case "nb", "no", "nn" -> {
                    return Locale.forLanguageTag("nb");
                }
                default -> {
                    // not a language Samverka speaks; try the next
                }
            }
        }
        return Locale.ENGLISH;
    }
}

package org.samverka.api.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query parameters read the same way by every resource: an unknown value is a 400 naming the
 * parameter and its allowed values, never JAX-RS's 404; the label language follows {@code ?lang},
 * then {@code Accept-Language}.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /**
     * The enum constant the value names, case-insensitively; null when the value is absent.
     *
     * @throws ApiProblem 400 naming the parameter and listing the allowed values
     */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(parameter, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /**
     * The languages a caller asks labels in, most wanted first: {@code lang} alone when given
     * ({@code ?lang=se}), else the caller's {@code Accept-Language} in its order. Pick from them
     * with {@link org.samverka.api.module.LocalizedText#languageFor}: the first a text has, with
     * Norwegian {@code no} and {@code nn} read as {@code nb}, else English.
     */
    public static List<Locale> languages(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return List.of(Locale.forLanguageTag(lang.strip()));
        }
        return acceptable;
    }
}

package org.samverka.api.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.HttpHeaders;

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
     * ({@code ?lang=se}), else the caller's {@code Accept-Language} by weight. Pick from them
     * with {@link org.samverka.api.module.LocalizedText#languageFor} or
     * {@link org.samverka.api.module.Labels#languageFor}: the first a text has, with Norwegian
     * {@code no} and {@code nn} read as {@code nb}, else English. A language range no one can
     * read is left out rather than refused: labels are never worth a failed request.
     */
    public static List<Locale> languages(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return List.of(Locale.forLanguageTag(lang.strip()));
        }
        return acceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The ranges of an {@code Accept-Language} header by falling weight, without wildcards and unreadable ones. */
    static List<Locale> acceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (String range : header.split(",")) {
            try {
                ranges.addAll(Locale.LanguageRange.parse(range.strip()));
            } catch (IllegalArgumentException unreadable) {
                // left out, see above
            }
        }
        ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
        return ranges.stream().filter(r -> r.getWeight() > 0 && !r.getRange().contains("*"))
                .map(r -> Locale.forLanguageTag(r.getRange())).distinct().toList();
    }
}

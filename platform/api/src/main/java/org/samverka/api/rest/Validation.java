package org.samverka.api.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem of a request before answering, so the client learns of all offending
 * fields at once.
 *
 * <pre>{@code
 * var check = new Validation();
 * String title = check.requiredText("title", body.title(), 200);
 * check.throwIfInvalid();
 * }</pre>
 */
public final class Validation {

    /** The first day a date or time may name. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The last day a date or time may name. */
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * The request body, which JAX-RS passes as null when the client sent none.
     *
     * @throws ApiProblem 400 when there is no body
     */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("This request needs a JSON body.");
        }
        return body;
    }

    /** Returns the trimmed text, or records an error when it is missing, blank or too long. */
    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return value;
        }
        return optionalText(field, value, maxLength);
    }

    /**
     * Returns the trimmed text or null, recording an error when it is too long or holds control
     * characters other than tab and line breaks: they show as nothing, break XML exports and
     * are never what a person meant to type.
     */
    public String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        if (CONTROL.matcher(trimmed).find()) {
            errors.add(new FieldError(field, "must not hold control characters (only tab and line breaks are allowed)"));
        }
        return trimmed;
    }

    /**
     * Records an error when the date is outside what the platform stores exactly: from
     * {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. Older dates would shift by the calendar
     * reform on their way through JDBC, and later ones do not fit the database.
     */
    public LocalDate date(String field, LocalDate value) {
        check(value == null || (!value.isBefore(EARLIEST_DATE) && !value.isAfter(LATEST_DATE)), field,
                "must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
        return value;
    }

    /** Records an error when the instant is outside what the platform stores exactly (see {@link #date}). */
    public Instant instant(String field, Instant value) {
        check(value == null || (!value.isBefore(EARLIEST_INSTANT) && value.isBefore(AFTER_LATEST_INSTANT)), field,
                "must be between " + EARLIEST_INSTANT + " and " + LATEST_DATE + "T23:59:59Z");
        return value;
    }

    /** Records an error when the value is missing. */
    public <T> T required(String field, T value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
        return value;
    }

    /** Records an error when the value is not a lower-case slug such as {@code lulea} or {@code norr-botten}. */
    public String requiredSlug(String field, String value, int maxLength) {
        String slug = requiredText(field, value, maxLength);
        if (slug != null && !slug.isBlank() && !SLUG.matcher(slug).matches()) {
            errors.add(new FieldError(field, "must be lower-case letters a-z, digits and single hyphens, e.g. 'lulea'"));
        }
        return slug;
    }

    /** Records the error when the condition does not hold. */
    public void check(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** @throws ApiProblem 400 listing every recorded error */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}

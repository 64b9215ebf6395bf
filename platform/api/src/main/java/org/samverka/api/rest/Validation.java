package org.samverka.api.rest;

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

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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

    /** Returns the trimmed text or null, recording an error when it is too long. */
    public String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return trimmed;
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

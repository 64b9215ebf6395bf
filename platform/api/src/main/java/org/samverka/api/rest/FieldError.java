package org.samverka.api.rest;

/**
 * One offending field of a request.
 *
 * @param field the field's JSON path, e.g. {@code name} or {@code items[2].status}
 * @param message what is wrong and what is allowed
 */
public record FieldError(String field, String message) {
}

package org.samverka.api.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An error answered to the client as an RFC 9457 problem document. Throw it from a resource or a
 * service; the platform renders {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} and, for validation, {@code errors}.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The media type of every error response. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem type of a request whose fields failed validation. */
    public static final String TYPE_VALIDATION = "urn:samverka:problem:validation";
    /** Problem type of a change sent without {@code If-Match}. */
    public static final String TYPE_VERSION_REQUIRED = "urn:samverka:problem:version-required";
    /** Problem type of a change based on an outdated version. */
    public static final String TYPE_STALE_VERSION = "urn:samverka:problem:stale-version";
    /** Problem type that adds nothing to the status code. */
    public static final String TYPE_BLANK = "about:blank";

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, TYPE_BLANK, "Bad Request", detail, List.of());
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return new ApiProblem(400, TYPE_VALIDATION, "Invalid request",
                "The request has invalid fields: " + fields + ".", errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, TYPE_BLANK, "Unauthorized", detail, List.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, TYPE_BLANK, "Forbidden", detail, List.of());
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, TYPE_BLANK, "Not Found", detail, List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, TYPE_BLANK, "Conflict", detail, List.of());
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, TYPE_STALE_VERSION, "Precondition Failed", detail, List.of());
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, TYPE_VERSION_REQUIRED, "Precondition Required", detail, List.of());
    }

    /** Adds a response header, such as {@code WWW-Authenticate} or {@code Allow}. */
    public ApiProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}

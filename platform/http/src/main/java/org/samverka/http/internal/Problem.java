package org.samverka.http.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An error Jetty answers by itself, before or around any servlet, as the RFC 9457 document the
 * REST API answers with everywhere else. The detail is written here for each status; Jetty's
 * own message is used only where it says what was wrong with the request.
 */
record Problem(int status, String title, String detail, boolean retryLater) {

    static final String MEDIA_TYPE = "application/problem+json";
    /** Seconds a client should wait before it tries again after a 503. */
    static final String RETRY_AFTER_SECONDS = "1";
    private static final String API = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param path the request path, or null when the request could not be parsed that far
     * @param message Jetty's reason, such as {@code Ambiguous URI empty segment}
     * @param servletFailed whether a servlet threw instead of answering
     */
    static Problem of(int status, String path, String message, boolean servletFailed) {
        boolean api = path != null && (path.equals(API) || path.startsWith(API + "/"));
        if (servletFailed || (status == 404 && api)) {
            // An API path reaches Jetty's 404 only while the REST runtime is not registered, and a
            // servlet throws only while it is being replaced: both pass within moments.
            return new Problem(503, "Service Unavailable", "The API is not serving right now: Samverka is starting, or "
                    + "replacing a module or its configuration. Try again in a moment.", true);
        }
        return switch (status) {
            case 400 -> new Problem(400, "Bad Request", badRequest(message), false);
            case 404 -> new Problem(404, "Not Found",
                    "There is nothing at this path. The API lives under /api/v1; try GET /api/v1/health.", false);
            case 405 -> new Problem(405, "Method Not Allowed", "This path does not support the method.", false);
            case 408 -> new Problem(408, "Request Timeout", "The request arrived too slowly or stopped arriving; "
                    + "send it again at a steady pace.", false);
            case 413 -> new Problem(413, "Content Too Large", "The request body is larger than the server accepts.", false);
            case 414 -> new Problem(414, "URI Too Long", "The address is longer than the server accepts; "
                    + "send long data in the request body instead.", false);
            case 431 -> new Problem(431, "Request Header Fields Too Large",
                    "The request headers are larger than the server accepts; send fewer or shorter headers.", false);
            case 505 -> new Problem(505, "HTTP Version Not Supported", "Send the request as HTTP/1.1.", false);
            case 503 -> new Problem(503, "Service Unavailable", "The server cannot take the request right now; "
                    + "try again in a moment.", true);
            default -> status >= 500
                    ? new Problem(status, "Server Error", "The server could not handle the request. Try again; if it "
                            + "persists, tell the operators the time of the request.", status == 503)
                    : new Problem(status, "HTTP " + status, "The request could not be handled as sent" + reason(message) + ".", false);
        };
    }

    private static String badRequest(String message) {
        if (message != null && message.contains("URI")) {
            return "The request is malformed: " + reason(message).substring(2) + ". Paths must not hold empty segments "
                    + "('//'), encoded slashes ('%2F') or dot segments.";
        }
        if (message == null || message.isBlank() || message.equals("Bad Request")) {
            return "The request is malformed: a header could not be read. Check Accept, Content-Type and the other "
                    + "headers; Accept, for example, must name media types such as application/json.";
        }
        return "The request is malformed" + reason(message) + ".";
    }

    private static String reason(String message) {
        if (message == null || message.isBlank() || message.length() > 200) {
            return "";
        }
        return ": " + message.replaceAll("[\\p{Cntrl}]", " ").strip();
    }

    String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A document of strings and numbers is always writable", impossible);
        }
    }

    /** The headers every answer of the platform carries, as name and value pairs. */
    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", MEDIA_TYPE);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        headers.put("Referrer-Policy", "no-referrer");
        if (retryLater) {
            headers.put("Retry-After", RETRY_AFTER_SECONDS);
        }
        return headers;
    }
}

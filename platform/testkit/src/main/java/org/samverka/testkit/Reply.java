package org.samverka.testkit;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** One answer of the platform, with what a test usually asks of it. */
public final class Reply {

    private final String request;
    private final HttpResponse<String> response;

    Reply(String method, String path, HttpResponse<String> response) {
        this.request = method + " " + path;
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    public String body() {
        return response.body();
    }

    /** A header's first value, or {@code null}. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The version to send back in {@code If-Match} when changing what this reply showed. */
    public String etag() {
        return header("ETag");
    }

    /** The media type without parameters, such as {@code application/problem+json}. */
    public String mediaType() {
        String type = header("Content-Type");
        return type == null ? null : type.split(";")[0].trim();
    }

    public boolean isProblem() {
        return "application/problem+json".equals(mediaType());
    }

    /** The body as a JSON tree; an {@link AssertionError} naming the request when it is not JSON. */
    public JsonNode json() {
        try {
            return Client.JSON.readTree(body());
        } catch (JsonProcessingException e) {
            throw new AssertionError(request + " answered " + status() + " with a body that is not JSON: " + body(), e);
        }
    }

    /** What was asked and what came back, for assertion messages. */
    @Override
    public String toString() {
        String body = body() == null ? "" : body();
        return request + " → " + status() + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
    }
}

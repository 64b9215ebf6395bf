package org.samverka.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the platform under test, on loopback. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    /** A client that sends the token as a bearer token on every request; null sends none. */
    public Api(String port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** The same platform, called with another token (null: none). */
    public Api as(String otherToken) {
        return new Api(base.substring(base.lastIndexOf(':') + 1), otherToken);
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Reply post(String path, String json, String... headers) {
        return send("POST", path, json, with(headers, "Content-Type", "application/json"));
    }

    public Reply put(String path, String json, String... headers) {
        return send("PUT", path, json, json == null ? headers : with(headers, "Content-Type", "application/json"));
    }

    public Reply delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /** Sends a request; headers come as name, value, name, value... */
    public Reply send(String method, String path, String body, String... headers) {
        return exchange(method, path, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                headers);
    }

    /** Sends a request with a body of raw bytes, as a file upload does. */
    public Reply sendBytes(String method, String path, byte[] body, String... headers) {
        return exchange(method, path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    private Reply exchange(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new Reply(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Repeats the GET until the reply satisfies the condition or the time is up; returns the last reply. */
    public Reply await(String path, Predicate<Reply> condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Reply reply = null;
        while (System.nanoTime() < deadline) {
            try {
                reply = get(path);
                if (condition.test(reply)) {
                    return reply;
                }
            } catch (UncheckedIOException notYetListening) {
                // Jetty is still starting.
            }
            sleep(50);
        }
        return reply;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String[] with(String[] headers, String name, String value) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }

    /** A response with its body parsed on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + response.body(), e);
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}

package org.samverka.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the REST API the way its clients do: paths below {@code /api/v1} (a path that starts
 * with {@code /api/} or {@code /app/} is taken as it is, and so is a whole address such as
 * {@code samverka.uri().resolve("/setup").toString()} for a page outside both), JSON in and out,
 * the bearer token on every request, extra headers as name/value pairs ({@code "If-Match", reply.etag()}).
 * A body of {@code byte[]} goes as it is, for an upload in another charset or format (give its
 * {@code Content-Type} as a header).
 * Immutable; {@link #as(String)} and {@link #with(String, String)} give changed copies.
 */
public final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String token;
    private final List<String> headers;

    Client(URI base, String token) {
        this(base, token, List.of());
    }

    private Client(URI base, String token, List<String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    /** The same platform with another token ({@code null}: none). */
    public Client as(String otherToken) {
        return new Client(base, otherToken, headers);
    }

    /** The same client sending one more header on every request, such as {@code Accept-Language}. */
    public Client with(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.addAll(List.of(name, value));
        return new Client(base, token, List.copyOf(more));
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** POST; the body is JSON text, or any object Jackson writes as JSON, raw {@code byte[]}, or {@code null} for none. */
    public Reply post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    public Reply put(String path, Object body, String... headers) {
        return send("PUT", path, body, headers);
    }

    public Reply delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    public Reply send(String method, String path, Object body, String... extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).method(method, publisher(body));
        request.header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        addHeaders(request, headers);
        addHeaders(request, List.of(extraHeaders));
        try {
            return new Reply(method, path, HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }

    /** GETs the path until the condition holds or the patience runs out; the last reply either way. */
    public Reply await(String path, Predicate<Reply> condition, Duration patience) {
        return await(path, condition, patience, () -> null);
    }

    /** As {@link #await(String, Predicate, Duration)}; {@code giveUp} names a reason to stop early, or {@code null}. */
    Reply await(String path, Predicate<Reply> condition, Duration patience, Supplier<String> giveUp) {
        Instant deadline = Instant.now().plus(patience);
        Reply last = null;
        while (true) {
            try {
                last = get(path);
                if (condition.test(last)) {
                    return last;
                }
            } catch (UncheckedIOException notListeningYet) {
                // The platform is still starting: try again.
            }
            String reason = giveUp.get();
            if (reason != null || Instant.now().isAfter(deadline)) {
                if (last == null) {
                    throw new IllegalStateException("GET " + path + " never answered" + (reason == null ? "" : ": " + reason));
                }
                return last;
            }
            Samverka.pause(deadline);
        }
    }

    private URI uri(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        boolean asIs = path.startsWith("/api/") || path.startsWith("/app/") || path.equals("/app");
        return base.resolve(asIs ? path : "/api/v1" + (path.startsWith("/") ? path : "/" + path));
    }

    private static void addHeaders(HttpRequest.Builder request, List<String> pairs) {
        if (pairs.size() % 2 != 0) {
            throw new IllegalArgumentException("Headers come in name/value pairs: " + pairs);
        }
        for (int i = 0; i < pairs.size(); i += 2) {
            request.setHeader(pairs.get(i), pairs.get(i + 1));
        }
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body instanceof byte[] bytes) {
            return HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        return HttpRequest.BodyPublishers.ofString(json(body));
    }

    private static String json(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not writable as JSON: " + body, e);
        }
    }
}

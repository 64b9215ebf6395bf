package org.samverka.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.samverka.itests.Api.Reply;

/**
 * A client that behaves like a browser towards the API: it keeps the cookies it is given and,
 * once signed in, sends the session's CSRF token with every change, as the web app does.
 */
final class Browser {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String csrfToken;

    Browser(String port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in; the reply to {@code POST /api/v1/sessions}. */
    Reply signIn(String username, String password) {
        Reply reply = send("POST", "/api/v1/sessions", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (reply.status() == 201) {
            csrfToken = reply.json().path("csrfToken").asText();
        }
        return reply;
    }

    /** Forgets the CSRF token, as a page of another site would not know it. */
    Browser withoutCsrfToken() {
        csrfToken = null;
        return this;
    }

    String csrfToken() {
        return csrfToken;
    }

    CookieManager cookies() {
        return cookies;
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrfToken != null && !method.equals("GET")) {
            request.header("X-CSRF-Token", csrfToken);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

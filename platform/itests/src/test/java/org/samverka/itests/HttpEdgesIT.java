package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.itests.RawHttp.Answer;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * What clients that do not play by the rules get, at the HTTP level: every answer, from Jetty's
 * parser to Jersey, is problem+json with the security headers; slow and silent clients are cut
 * off; a body that never finishes is the client's error, not a server fault. On the test kit: the
 * distribution booted once for the class, with no plugin; raw HTTP on a socket to its port.
 */
@SamverkaTest
class HttpEdgesIT {

    private Samverka samverka;
    /** Authenticated with the platform-admin token. */
    private Client api;
    private RawHttp raw;
    private String auth;

    @BeforeEach
    void connect(Samverka samverka) {
        this.samverka = samverka;
        api = samverka.admin();
        raw = new RawHttp(Integer.toString(samverka.uri().getPort()));
        auth = "Authorization: Bearer " + samverka.adminToken() + "\r\n";
    }

    @Test
    void theTestKitsAgentIsThereOnlyForTestsThatAskForIt() {
        Reply absent = api.get(samverka.uri().resolve("/testkit/bundles").toString());
        assertEquals(404, absent.status(), absent.toString());
        assertThrows(IllegalStateException.class, samverka::framework);
    }

    @Test
    void everyErrorJettyAnswersByItselfIsAProblemDocumentWithTheSecurityHeaders() throws Exception {
        assertProblem(400, raw.exchange("GET /api/v1//regions HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"), "empty segments");
        assertProblem(400, raw.exchange("GET /api/v1/regions%2Fnorrbotten HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"), "encoded slashes");
        assertProblem(400, raw.exchange("PUT //api/v1/regions/x HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n" + auth + "\r\n"), "");
        assertProblem(414, raw.exchange("GET /api/v1/regions?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), "");
        assertProblem(431, raw.exchange("GET /api/v1/regions HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n"), "");
        assertProblem(505, raw.exchange("GET /\r\n\r\n"), "HTTP/1.1");
        assertProblem(400, raw.exchange("GET /api/v1/regions HTTP/1.1\r\nHost: x\r\nAccept: ;;;garbage/=\r\n" + auth + "\r\n"), "Accept");
        assertProblem(400, raw.exchange("G\u0001T / HTTP/1.1\r\nHost: x\r\n\r\n"), "");
        assertProblem(403, raw.exchange("OPTIONS /api/v1/regions HTTP/1.1\r\nHost: x\r\nOrigin: https://elsewhere.example\r\n"
                + "Access-Control-Request-Method: GET\r\n\r\n"), "corsAllowedOrigins");
        assertProblem(404, raw.exchange("GET /nowhere HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n"), "");
    }

    @Test
    void aLocationNeverNamesTheHostTheClientClaimed() throws Exception {
        String body = "{\"id\":\"host-check\",\"code\":\"97\",\"name\":\"Host\",\"country\":\"SE\"}";
        Answer created = raw.exchange("POST /api/v1/regions HTTP/1.1\r\nHost: evil.example\r\n" + auth
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(201, created.status(), created.toString());
        assertEquals("/api/v1/regions/host-check", created.header("Location"));
    }

    @Test
    void outOfRangeValuesAre400NotServerErrors() {
        assertEquals(400, api.get("/api/v1/audit?from=%2B10000-01-01T00:00:00Z").status());
        var token = api.post("/api/v1/tokens", "{\"name\":\"far\",\"role\":\"viewer\",\"scope\":\"platform\","
                + "\"expiresAt\":\"+10000-01-01T00:00:00Z\"}");
        assertEquals(400, token.status(), token.toString());
        assertEquals("expiresAt", token.json().path("errors").get(0).path("field").asText());
        var controlled = api.post("/api/v1/regions", "{\"id\":\"bell\",\"code\":\"96\",\"name\":\"Bell\\u0007\",\"country\":\"SE\"}");
        assertEquals(400, controlled.status(), controlled.toString());
        assertEquals("name", controlled.json().path("errors").get(0).path("field").asText());
    }

    @Test
    void queryParametersOfTheWrongTypeAre400NamingTheParameter() {
        var reply = api.get("/api/v1/audit?limit=many");
        assertEquals(400, reply.status(), reply.toString());
        assertEquals("limit", reply.json().path("errors").get(0).path("field").asText());
        assertEquals("offset", api.get("/api/v1/audit?offset=first").json().path("errors").get(0).path("field").asText());
    }

    @Test
    void aBodyThatEndsEarlyOrIsMalformedIsTheClientsError() throws Exception {
        Answer chunked = raw.exchange("POST /api/v1/regions HTTP/1.1\r\nHost: x\r\n" + auth
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        assertProblem(400, chunked, "");
        Answer ended = raw.drip("POST /api/v1/regions HTTP/1.1\r\nHost: x\r\n" + auth
                + "Content-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n", "{\"id\":", 10);
        // The client stops after six bytes and keeps the connection open: the idle time-out ends it.
        assertTrue(ended.status() == 0 || ended.status() == 400 || ended.status() == 408, ended.toString());
        assertEquals(200, api.get("/api/v1/regions").status());
    }

    @Test
    void aBodyDrippingInIsRefusedAndItsThreadFreed() throws Exception {
        long start = System.nanoTime();
        Answer answer = raw.drip("POST /api/v1/regions HTTP/1.1\r\nHost: x\r\n" + auth
                + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n", " ".repeat(200), 700);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertProblem(408, answer, "bytes a second");
        assertTrue(seconds < 15, "refused within the grace period and a little: " + seconds + " s");
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeOut() throws Exception {
        // A shorter time-out in the platform's own config/, as an operator would; Configuration Admin takes it from there.
        try (var shorter = samverka.setting("org.samverka.http.cfg", "idleTimeoutSeconds", "2")) {
            long closedAfter = -1;
            for (int i = 0; i < 20 && (closedAfter < 0 || closedAfter > 4000); i++) {
                closedAfter = raw.silenceUntilClosed(8000); // until the new setting is in place
            }
            assertTrue(closedAfter >= 1500 && closedAfter <= 4000, "closed after " + closedAfter + " ms");
        }
    }

    private static void assertProblem(int status, Answer answer, String detailMentions) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.toString());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.toString());
        assertEquals("no-store", answer.header("Cache-Control"), answer.toString());
        assertTrue(answer.body().contains("\"status\":" + status), answer.toString());
        assertTrue(answer.body().contains(detailMentions), answer.toString());
        assertTrue(!answer.body().contains("Exception")
                && !answer.body().matches("(?s).*\\b(java|jakarta|org\\.eclipse|org\\.glassfish|org\\.apache)\\.[a-z].*"),
                "no class names: " + answer);
    }
}

package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tokens, roles and tenant isolation as a client meets them, over HTTP, for every endpoint the
 * platform and the installed plugin expose (read from the REST whiteboard's runtime, not listed
 * here by hand).
 */
@SamverkaTest(framework = true)
class SecurityIT {

    private static final Duration PATIENCE = Samverka.PATIENCE;

    /** Data no Norrbotten caller may ever see, and what Kiruna's callers may not see of Luleå. */
    private static final Set<String> VASTERBOTTEN_DATA = Set.of("umea-private-note", "Umeå", "Västerbotten", "vasterbotten-admin",
            "Region Västerbotten");
    /** Open to anyone besides GET /health and /health/live. */
    private static final Set<String> OPEN = Set.of("POST /sessions", "GET /setup", "POST /setup", "GET /sessions/oidc",
            "GET /sessions/oidc/start", "GET /sessions/oidc/callback");
    private static final Set<String> LULEA_DATA = Set.of("lulea-private-note", "Luleå");

    private Samverka samverka;
    private Client admin;

    @BeforeEach
    void awaitPlatformWithTheNotesPlugin(Samverka samverka) throws Exception {
        this.samverka = samverka;
        admin = samverka.admin();
        Path plugin = samverka.plugins().resolve("notes.jar");
        if (!Files.exists(plugin)) {
            Files.copy(Path.of(System.getProperty("samverka.notes.plugin")), plugin.resolveSibling("notes.part"));
            Files.move(plugin.resolveSibling("notes.part"), plugin);
            admin.await("/api/v1/modules/notes", r -> r.status() == 200, PATIENCE);
            for (String m : List.of("kiruna", "lulea", "umea")) {
                admin.put("/api/v1/municipalities/" + m + "/modules/notes", null);
                admin.await("/api/v1/municipalities/" + m + "/notes", r -> r.status() == 200, PATIENCE);
                admin.post("/api/v1/municipalities/" + m + "/notes", "{\"text\":\"" + m + "-private-note\"}");
            }
            newToken(admin, "vasterbotten-admin", "region-admin", "region:vasterbotten");
            Path lifecycle = plugin.resolveSibling("lifecycle.jar");
            Files.copy(Path.of(System.getProperty("samverka.lifecycle.plugin")), plugin.resolveSibling("lifecycle.part"));
            Files.move(plugin.resolveSibling("lifecycle.part"), lifecycle);
            admin.await("/api/v1/modules/lifecycle", r -> r.status() == 200, PATIENCE);
            for (String m : List.of("kiruna", "lulea", "umea")) {
                admin.put("/api/v1/municipalities/" + m + "/modules/lifecycle", null);
                admin.await("/api/v1/municipalities/" + m + "/lifecycle/items", r -> r.status() == 200, PATIENCE);
                admin.post("/api/v1/municipalities/" + m + "/lifecycle/items", "{\"phase\":\"ROOT\",\"kind\":\"ROLE\","
                        + "\"title\":\"" + m + "-private-note\",\"status\":\"IN_PLACE\"}");
            }
        }
    }

    @Test
    void withoutATokenEveryCallButHealthSignInAndSetUpIs401() {
        Client anonymous = admin.as(null);
        Set<String> open = OPEN;
        for (Endpoint endpoint : endpoints()) {
            Reply reply = anonymous.send(endpoint.method, endpoint.concrete(Target.KIRUNA, null), body(endpoint),
                    "Content-Type", endpoint.mediaType);
            if (endpoint.method.equals("GET") && endpoint.path.startsWith("/health")) {
                assertEquals(200, reply.status());
                continue;
            }
            if (open.contains(endpoint.method + " " + endpoint.path)) {
                assertTrue(reply.status() != 401 && reply.status() != 403 && reply.status() < 500, endpoint + ": " + reply);
                continue;
            }
            assertEquals(401, reply.status(), endpoint + ": " + reply);
            assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"));
            assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
        }
        assertEquals(401, anonymous.get("/api/v1/regions", "Authorization", "Bearer not-a-token").status());
        assertEquals(401, anonymous.get("/api/v1/regions", "Authorization", "Basic YWRtaW46YWRtaW4=").status());
    }

    @Test
    void theOpenApiDocumentMarksExactlyTheOperationsOpenToAnyone() {
        Set<String> markedOpen = new TreeSet<>();
        admin.get("/api/v1/openapi.json").json().path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> {
                    JsonNode security = operation.getValue().path("security");
                    boolean open = security.isArray() && security.isEmpty();
                    if (open) {
                        markedOpen.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                    assertEquals(!open, operation.getValue().path("responses").has("401"),
                            operation.getKey() + " " + path.getKey() + " documents 401 exactly when it needs a token");
                }));
        Set<String> expected = new TreeSet<>(OPEN);
        expected.addAll(Set.of("GET /health", "GET /health/live"));
        assertEquals(expected, markedOpen, "security: [] in the document, as the platform answers without a token");
    }

    @Test
    void theAuthorizationMatrixHoldsForEveryEndpointRoleAndScope() {
        Map<String, Client> callers = new HashMap<>();
        callers.put("platform-admin", admin);
        callers.put("region-admin", admin.as(newToken(admin, "matrix-region-admin", "region-admin", "region:norrbotten")));
        callers.put("editor", admin.as(newToken(admin, "matrix-editor", "editor", "municipality:kiruna")));
        callers.put("viewer", admin.as(newToken(admin, "matrix-viewer", "viewer", "municipality:kiruna")));
        Map<String, String> noteIds = new HashMap<>();
        for (String m : List.of("kiruna", "lulea", "umea")) {
            noteIds.put(m, admin.get("/api/v1/municipalities/" + m + "/notes").json().path("items").get(0).path("id").asText());
        }

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            for (var caller : callers.entrySet()) {
                for (Target target : Target.values()) {
                    String role = caller.getKey();
                    String path = endpoint.concrete(target, noteIds);
                    Reply reply = caller.getValue().send(endpoint.method, path, body(endpoint), "Content-Type", endpoint.mediaType);
                    boolean allowed = expectedAllowed(role, target, endpoint);
                    checked++;
                    if (allowed && (reply.status() == 401 || reply.status() == 403)) {
                        failures.add(role + " " + endpoint.method + " " + path + " should pass, got " + reply);
                    } else if (!allowed && reply.status() != 403) {
                        failures.add(role + " " + endpoint.method + " " + path + " should be 403, got " + reply);
                    }
                    Set<String> hidden = new TreeSet<>(VASTERBOTTEN_DATA);
                    if (!role.endsWith("admin")) {
                        hidden.addAll(LULEA_DATA);
                    }
                    if (role.equals("platform-admin")) {
                        hidden.clear();
                    }
                    for (String secret : hidden) {
                        if (reply.body().contains(secret)) {
                            failures.add(role + " " + endpoint.method + " " + path + " leaked '" + secret + "'");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 200, "checked " + checked + " requests");
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void aKirunaViewerReadsKirunaOnlyAndARegionAdminReadsItsWholeRegionOnly() {
        Client viewer = admin.as(newToken(admin, "kiruna-viewer", "viewer", "municipality:kiruna"));
        assertEquals(200, viewer.get("/api/v1/municipalities/kiruna").status());
        assertEquals(200, viewer.get("/api/v1/municipalities/kiruna/notes").status());
        assertEquals(403, viewer.post("/api/v1/municipalities/kiruna/notes", "{\"text\":\"x\"}").status());
        assertEquals(403, viewer.get("/api/v1/municipalities/lulea").status());
        assertEquals(403, viewer.get("/api/v1/municipalities/lulea/notes").status());
        assertEquals(403, viewer.get("/api/v1/regions/vasterbotten/municipalities").status());
        assertEquals(403, viewer.get("/api/v1/municipalities/umea").status());
        assertEquals(List.of("norrbotten"), ids(viewer.get("/api/v1/regions").json()));

        Client regionAdmin = admin.as(newToken(admin, "norrbotten-admin", "region-admin", "region:norrbotten"));
        Reply municipalities = regionAdmin.get("/api/v1/regions/norrbotten/municipalities");
        assertEquals(14, municipalities.json().size());
        for (JsonNode m : municipalities.json()) {
            assertEquals(200, regionAdmin.get("/api/v1/municipalities/" + m.path("id").asText()).status());
        }
        assertEquals(403, regionAdmin.get("/api/v1/regions/vasterbotten/municipalities").status());
        assertEquals(403, regionAdmin.get("/api/v1/municipalities/umea").status());
        assertEquals(403, regionAdmin.get("/api/v1/municipalities/umea/notes").status());
        assertEquals(403, regionAdmin.get("/api/v1/municipalities/atlantis").status(), "existence is not revealed across scopes");
    }

    @Test
    void tokensNeverGiveMorePowerOrAWiderScopeThanTheirCreatorsOwn() {
        Client regionAdmin = admin.as(newToken(admin, "granting-admin", "region-admin", "region:norrbotten"));
        assertEquals(403, tokenRequest(regionAdmin, "x", "platform-admin", "platform").status());
        assertEquals(403, tokenRequest(regionAdmin, "x", "viewer", "region:vasterbotten").status());
        assertEquals(403, tokenRequest(regionAdmin, "x", "viewer", "municipality:umea").status());
        Reply granted = tokenRequest(regionAdmin, "lulea-editor", "editor", "municipality:lulea");
        assertEquals(201, granted.status());
        assertTrue(granted.json().path("secret").asText().startsWith("svk_"));

        Client editor = admin.as(granted.json().path("secret").asText());
        assertEquals(403, tokenRequest(editor, "x", "viewer", "municipality:lulea").status());
        assertEquals(400, tokenRequest(admin, "x", "region-admin", "municipality:lulea").status());
        assertEquals(400, tokenRequest(admin, "x", "viewer", "region:atlantis").status());
        assertEquals(400, tokenRequest(admin, "x", "overlord", "platform").status());

        Reply listed = regionAdmin.get("/api/v1/tokens");
        assertEquals(200, listed.status());
        assertFalse(listed.body().contains("svk_"), "secrets are shown only at creation");
        assertTrue(listed.body().contains("lulea-editor"));
        assertFalse(listed.body().contains("vasterbotten-admin"));
        assertFalse(admin.get("/api/v1/tokens").body().contains("svk_"));
    }

    @Test
    void aRevokedTokenIsRefusedOnTheNextRequest() {
        Reply created = tokenRequest(admin, "short-lived", "viewer", "municipality:kiruna");
        Client holder = admin.as(created.json().path("secret").asText());
        assertEquals(200, holder.get("/api/v1/municipalities/kiruna").status());
        assertEquals(204, admin.delete("/api/v1/tokens/" + created.json().path("id").asText()).status());
        assertEquals(401, holder.get("/api/v1/municipalities/kiruna").status());
        assertTrue(admin.get("/api/v1/tokens/" + created.json().path("id").asText()).json().path("revoked").asBoolean());
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expiresAt = Instant.now().plusSeconds(2).toString();
        Reply created = admin.post("/api/v1/tokens",
                "{\"name\":\"expiring\",\"role\":\"viewer\",\"scope\":\"municipality:kiruna\",\"expiresAt\":\"" + expiresAt + "\"}");
        assertEquals(201, created.status(), created.toString());
        Client holder = admin.as(created.json().path("secret").asText());
        assertEquals(200, holder.get("/api/v1/municipalities/kiruna").status());
        assertEquals(401, holder.await("/api/v1/municipalities/kiruna", r -> r.status() == 401, Duration.ofSeconds(10)).status());
        assertEquals(400, admin.post("/api/v1/tokens",
                "{\"name\":\"past\",\"role\":\"viewer\",\"scope\":\"platform\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}").status());
    }

    @Test
    void everyCommittedWriteIsAuditedAndNothingElse() {
        String tokenName = "audited-editor";
        Reply token = tokenRequest(admin, tokenName, "editor", "municipality:kiruna");
        String tokenId = token.json().path("id").asText();
        Client editor = admin.as(token.json().path("secret").asText());

        Reply note = editor.post("/api/v1/municipalities/kiruna/notes", "{\"text\":\"audited\"}");
        assertEquals(201, note.status());
        String noteUrl = "/api/v1/municipalities/kiruna/notes/" + note.json().path("id").asText();
        assertEquals(412, editor.put(noteUrl, "{\"text\":\"stale\"}", "If-Match", "\"9\"").status());
        assertEquals(400, editor.post("/api/v1/municipalities/kiruna/notes", "{\"text\":\"\"}").status());
        assertEquals(200, editor.get(noteUrl).status());
        assertEquals(204, editor.delete(noteUrl, "If-Match", "\"1\"").status());

        JsonNode entries = admin.get("/api/v1/audit?token=" + tokenId).json().path("items");
        assertEquals(2, entries.size(), "only the two committed changes: " + entries);
        JsonNode deleted = entries.get(0);
        JsonNode created = entries.get(1);
        assertEquals("DELETE", deleted.path("method").asText());
        assertEquals("POST", created.path("method").asText());
        assertEquals(tokenName, created.path("tokenName").asText());
        assertEquals("editor", created.path("role").asText());
        assertEquals("municipality:kiruna", created.path("tenant").asText());
        assertEquals(note.json().path("id").asText(), created.path("entityId").asText());
        assertEquals("/api/v1/municipalities/kiruna/notes", created.path("path").asText());
        assertTrue(Instant.parse(created.path("at").asText()).isAfter(Instant.now().minusSeconds(60)));

        assertTrue(admin.get("/api/v1/audit?tenant=municipality:kiruna&limit=500").body().contains(tokenId));
        assertFalse(admin.get("/api/v1/audit?limit=500").body().contains("svk_"), "no secret in the audit");
        assertEquals(400, admin.get("/api/v1/audit?from=yesterday").status());
        assertEquals(1, admin.get("/api/v1/audit?token=" + tokenId + "&limit=1").json().path("items").size());
        assertEquals(2, admin.get("/api/v1/audit?token=" + tokenId + "&limit=1").json().path("total").asInt());

        Client regionAdmin = admin.as(newToken(admin, "audit-reader", "region-admin", "region:norrbotten"));
        String regional = regionAdmin.get("/api/v1/audit?limit=500").body();
        assertTrue(regional.contains("municipality:kiruna"));
        assertFalse(regional.contains("municipality:umea"));
        assertEquals(403, editor.get("/api/v1/audit").status());
    }

    @Test
    void refusedWritesAreAuditedInTheCallersOwnScope() {
        Reply token = tokenRequest(admin, "refused-viewer", "viewer", "municipality:kiruna");
        String tokenId = token.json().path("id").asText();
        Client viewer = admin.as(token.json().path("secret").asText());

        assertEquals(403, viewer.post("/api/v1/municipalities/kiruna/notes", "{\"text\":\"not mine to write\"}").status());
        assertEquals(403, viewer.delete("/api/v1/municipalities/lulea/modules/notes").status());
        assertEquals(200, viewer.get("/api/v1/municipalities/kiruna").status());

        JsonNode entries = admin.get("/api/v1/audit?token=" + tokenId).json().path("items");
        assertEquals(2, entries.size(), "the two refused writes, no read: " + entries);
        JsonNode refusedElsewhere = entries.get(0);
        assertEquals("DENIED", refusedElsewhere.path("outcome").asText());
        assertEquals("DELETE", refusedElsewhere.path("method").asText());
        assertEquals("/api/v1/municipalities/lulea/modules/notes", refusedElsewhere.path("path").asText());
        assertEquals("municipality:kiruna", refusedElsewhere.path("tenant").asText());
        assertEquals("POST", entries.get(1).path("method").asText());
        assertEquals(2, admin.get("/api/v1/audit?outcome=DENIED&token=" + tokenId).json().path("total").asInt());
        assertEquals(0, admin.get("/api/v1/audit?outcome=COMMITTED&token=" + tokenId).json().path("total").asInt());
        assertEquals(400, admin.get("/api/v1/audit?outcome=MAYBE").status());

        Client norrbotten = admin.as(newToken(admin, "refusals-norrbotten", "region-admin", "region:norrbotten"));
        Client vasterbotten = admin.as(newToken(admin, "refusals-other-region", "region-admin", "region:vasterbotten"));
        assertEquals(2, norrbotten.get("/api/v1/audit?token=" + tokenId).json().path("total").asInt());
        assertEquals(0, vasterbotten.get("/api/v1/audit?token=" + tokenId).json().path("total").asInt());
    }

    @Test
    void corsIsOffUntilAnOriginIsConfigured() throws Exception {
        String origin = "https://samverka.example.org";
        assertEquals(403, admin.as(null).send("OPTIONS", "/api/v1/regions", null, "Origin", origin,
                "Access-Control-Request-Method", "GET").status());
        assertEquals(null, admin.get("/api/v1/regions", "Origin", origin).header("Access-Control-Allow-Origin"));

        try (var allowed = samverka.setting("org.samverka.security.cfg", "corsAllowedOrigins", origin)) {
            Reply preflight = admin.as(null).await("/api/v1/health", r -> true, PATIENCE);
            for (int i = 0; i < 300; i++) {
                preflight = admin.as(null).send("OPTIONS", "/api/v1/regions", null, "Origin", origin,
                        "Access-Control-Request-Method", "PUT");
                if (preflight.status() == 204) {
                    break;
                }
                Api.sleep(100);
            }
            assertEquals(204, preflight.status());
            assertEquals(origin, preflight.header("Access-Control-Allow-Origin"));
            assertTrue(preflight.header("Access-Control-Allow-Headers").contains("If-Match"));
            assertEquals(origin, admin.get("/api/v1/regions", "Origin", origin).header("Access-Control-Allow-Origin"));
            assertEquals(null, admin.get("/api/v1/regions", "Origin", "https://evil.example").header("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void aDeletedTenantTakesItsTokensAlongAndItsIdIsNeverGivenToAnother() {
        assertEquals(201, admin.post("/api/v1/regions/norrbotten/municipalities",
                "{\"id\":\"reused-town\",\"code\":\"9901\",\"name\":\"Reused Town\"}").status());
        assertEquals(201, admin.put("/api/v1/municipalities/reused-town/modules/notes", null).status());
        admin.await("/api/v1/municipalities/reused-town/notes", r -> r.status() == 200, PATIENCE);
        Reply token = tokenRequest(admin, "reused-town-editor", "editor", "municipality:reused-town");
        Client editor = admin.as(token.json().path("secret").asText());
        assertEquals(201, editor.post("/api/v1/municipalities/reused-town/notes", "{\"text\":\"reused-town-secret\"}").status());
        assertEquals(204, admin.delete("/api/v1/municipalities/reused-town/modules/notes").status());
        assertEquals(204, admin.delete("/api/v1/municipalities/reused-town", "If-Match", "\"1\"").status());

        assertEquals(401, editor.get("/api/v1/municipalities/reused-town").status(), "the deleted municipality's token is revoked");
        assertTrue(admin.get("/api/v1/tokens/" + token.json().path("id").asText()).json().path("revoked").asBoolean());

        Reply again = admin.post("/api/v1/regions/vasterbotten/municipalities",
                "{\"id\":\"reused-town\",\"code\":\"9902\",\"name\":\"Newcomer\"}");
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.json().path("detail").asText().contains("never given out twice"), again.body());
        assertEquals(404, admin.get("/api/v1/municipalities/reused-town").status());

        assertEquals(201, admin.post("/api/v1/regions", "{\"id\":\"reused-region\",\"code\":\"98\",\"name\":\"Gone\",\"country\":\"NO\"}").status());
        Client regionAdmin = admin.as(newToken(admin, "reused-region-admin", "region-admin", "region:reused-region"));
        assertEquals(200, regionAdmin.get("/api/v1/regions/reused-region").status());
        assertEquals(204, admin.delete("/api/v1/regions/reused-region", "If-Match", "\"1\"").status());
        assertEquals(401, regionAdmin.get("/api/v1/regions/reused-region").status());
        assertEquals(409, admin.post("/api/v1/regions", "{\"id\":\"reused-region\",\"code\":\"98\",\"name\":\"Back\",\"country\":\"NO\"}").status());
    }

    @Test
    void theBootstrapTokenIsThePlatformAdmin() {
        JsonNode tokens = admin.get("/api/v1/tokens").json();
        JsonNode bootstrap = tokens.get(0);
        assertEquals("bootstrap-admin", bootstrap.path("name").asText());
        assertEquals("platform-admin", bootstrap.path("role").asText());
        assertEquals("platform", bootstrap.path("scope").asText());
        assertTrue(bootstrap.path("secret").isNull() || bootstrap.path("secret").isMissingNode());
    }

    // ---- the expected outcomes, as a table

    private enum Target {
        /** The caller's own tenant (Kiruna and Norrbotten). */
        KIRUNA("kiruna", "norrbotten"),
        /** Another municipality of the same region. */
        LULEA("lulea", "norrbotten"),
        /** A municipality of another region. */
        UMEA("umea", "vasterbotten");

        final String municipality;
        final String region;

        Target(String municipality, String region) {
            this.municipality = municipality;
            this.region = region;
        }
    }

    /** Who is let in: every role with the targets it may reach, K = Kiruna/Norrbotten, L = Luleå/Norrbotten, U = Umeå/Västerbotten. */
    private static final String EVERYONE = "platform-admin:KLU region-admin:KLU editor:KLU viewer:KLU";
    private static final String PLATFORM_ADMIN = "platform-admin:KLU";
    private static final String ADMINS = "platform-admin:KLU region-admin:KLU";
    private static final String REGION_READ = "platform-admin:KLU region-admin:KL";
    private static final String REGION_WRITE = "platform-admin:KLU region-admin:KL";
    private static final String REGION_MEMBERS_READ = "platform-admin:KLU region-admin:KL editor:KL viewer:KL";
    private static final String MUNICIPALITY_READ = "platform-admin:KLU region-admin:KL editor:K viewer:K";
    private static final String MUNICIPALITY_WRITE = "platform-admin:KLU region-admin:KL editor:K";
    private static final String TENANT_ADMIN = "platform-admin:KLU region-admin:KL";

    /**
     * The expected outcome of every endpoint, written out as a table rather than computed by a
     * second implementation of the rules. A new endpoint fails the test until it has its row.
     */
    private static final Map<String, String> EXPECTED = java.util.Map.ofEntries(
            Map.entry("GET /health", EVERYONE),
            Map.entry("GET /health/live", EVERYONE),
            Map.entry("GET /modules", EVERYONE),
            Map.entry("GET /modules/{moduleId}", EVERYONE),
            Map.entry("GET /openapi.json", EVERYONE),
            Map.entry("GET /tokens", ADMINS),
            Map.entry("POST /tokens", ADMINS),
            Map.entry("GET /tokens/{tokenId}", ADMINS),
            Map.entry("DELETE /tokens/{tokenId}", ADMINS),
            Map.entry("GET /audit", ADMINS),
            Map.entry("GET /people", ADMINS),
            Map.entry("POST /people", ADMINS),
            Map.entry("GET /people/{personId}", ADMINS),
            Map.entry("PUT /people/{personId}", ADMINS),
            Map.entry("DELETE /people/{personId}", ADMINS),
            Map.entry("PUT /people/{personId}/password", ADMINS),
            Map.entry("POST /sessions", EVERYONE),
            Map.entry("GET /sessions/oidc", EVERYONE),
            Map.entry("GET /sessions/oidc/start", EVERYONE),
            Map.entry("GET /sessions/oidc/callback", EVERYONE),
            Map.entry("GET /sessions/current", EVERYONE),
            Map.entry("DELETE /sessions/current", EVERYONE),
            Map.entry("GET /account", EVERYONE),
            Map.entry("PUT /account", EVERYONE),
            Map.entry("PUT /account/password", EVERYONE),
            Map.entry("GET /setup", EVERYONE),
            Map.entry("POST /setup", EVERYONE),
            Map.entry("GET /regions", EVERYONE),
            Map.entry("POST /regions", PLATFORM_ADMIN),
            Map.entry("GET /regions/{regionId}", REGION_MEMBERS_READ),
            Map.entry("PUT /regions/{regionId}", PLATFORM_ADMIN),
            Map.entry("DELETE /regions/{regionId}", PLATFORM_ADMIN),
            Map.entry("GET /regions/{regionId}/municipalities", REGION_READ),
            Map.entry("POST /regions/{regionId}/municipalities", PLATFORM_ADMIN),
            Map.entry("GET /regions/{regionId}/modules", REGION_READ),
            Map.entry("PUT /regions/{regionId}/modules/{moduleId}", TENANT_ADMIN),
            Map.entry("DELETE /regions/{regionId}/modules/{moduleId}", TENANT_ADMIN),
            Map.entry("GET /municipalities/{municipalityId}", MUNICIPALITY_READ),
            Map.entry("PUT /municipalities/{municipalityId}", PLATFORM_ADMIN),
            Map.entry("DELETE /municipalities/{municipalityId}", PLATFORM_ADMIN),
            Map.entry("GET /municipalities/{municipalityId}/modules", MUNICIPALITY_READ),
            Map.entry("PUT /municipalities/{municipalityId}/modules/{moduleId}", TENANT_ADMIN),
            Map.entry("DELETE /municipalities/{municipalityId}/modules/{moduleId}", TENANT_ADMIN),
            Map.entry("GET /municipalities/{municipalityId}/notes", MUNICIPALITY_READ),
            Map.entry("POST /municipalities/{municipalityId}/notes", MUNICIPALITY_WRITE),
            Map.entry("GET /municipalities/{municipalityId}/notes/{noteId}", MUNICIPALITY_READ),
            Map.entry("PUT /municipalities/{municipalityId}/notes/{noteId}", MUNICIPALITY_WRITE),
            Map.entry("POST /municipalities/{municipalityId}/notes/{noteId}/action", MUNICIPALITY_WRITE),
            Map.entry("DELETE /municipalities/{municipalityId}/notes/{noteId}", MUNICIPALITY_WRITE),
            Map.entry("GET /lifecycle/phases", EVERYONE),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/items", MUNICIPALITY_READ),
            Map.entry("POST /municipalities/{municipalityId}/lifecycle/items", MUNICIPALITY_WRITE),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/items/{itemId}", MUNICIPALITY_READ),
            Map.entry("PUT /municipalities/{municipalityId}/lifecycle/items/{itemId}", MUNICIPALITY_WRITE),
            Map.entry("DELETE /municipalities/{municipalityId}/lifecycle/items/{itemId}", MUNICIPALITY_WRITE),
            Map.entry("POST /municipalities/{municipalityId}/lifecycle/items/import", MUNICIPALITY_WRITE),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/items/export", MUNICIPALITY_READ),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/assessment", MUNICIPALITY_READ),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/assessment/history", MUNICIPALITY_READ),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/actions", MUNICIPALITY_READ),
            Map.entry("POST /municipalities/{municipalityId}/lifecycle/actions", MUNICIPALITY_WRITE),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/actions/{actionId}", MUNICIPALITY_READ),
            Map.entry("PUT /municipalities/{municipalityId}/lifecycle/actions/{actionId}", MUNICIPALITY_WRITE),
            Map.entry("DELETE /municipalities/{municipalityId}/lifecycle/actions/{actionId}", MUNICIPALITY_WRITE),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/in-movers", MUNICIPALITY_READ),
            Map.entry("GET /municipalities/{municipalityId}/lifecycle/in-movers/{year}", MUNICIPALITY_READ),
            Map.entry("PUT /municipalities/{municipalityId}/lifecycle/in-movers/{year}", MUNICIPALITY_WRITE),
            Map.entry("GET /regions/{regionId}/lifecycle/matrix", REGION_READ),
            Map.entry("GET /regions/{regionId}/lifecycle/matrix.svg", REGION_READ),
            Map.entry("GET /regions/{regionId}/lifecycle/matrix.csv", REGION_READ),
            Map.entry("GET /regions/{regionId}/lifecycle/progress", REGION_READ),
            Map.entry("GET /regions/{regionId}/lifecycle/history", REGION_READ),
            Map.entry("POST /regions/{regionId}/lifecycle/history", REGION_WRITE),
            Map.entry("GET /regions/{regionId}/lifecycle/settings", REGION_MEMBERS_READ),
            Map.entry("PUT /regions/{regionId}/lifecycle/settings", REGION_WRITE),
            Map.entry("GET /regions/{regionId}/lifecycle/target", REGION_MEMBERS_READ),
            Map.entry("PUT /regions/{regionId}/lifecycle/target", REGION_WRITE),
            Map.entry("GET /regions/{regionId}/lifecycle/personas", REGION_MEMBERS_READ),
            Map.entry("POST /regions/{regionId}/lifecycle/personas", REGION_WRITE),
            Map.entry("GET /regions/{regionId}/lifecycle/personas/{personaId}", REGION_MEMBERS_READ),
            Map.entry("PUT /regions/{regionId}/lifecycle/personas/{personaId}", REGION_WRITE),
            Map.entry("DELETE /regions/{regionId}/lifecycle/personas/{personaId}", REGION_WRITE),
            Map.entry("GET /regions/{regionId}/lifecycle/catalogue", REGION_MEMBERS_READ),
            Map.entry("POST /regions/{regionId}/lifecycle/catalogue", REGION_WRITE),
            Map.entry("GET /regions/{regionId}/lifecycle/catalogue/{entryId}", REGION_MEMBERS_READ),
            Map.entry("PUT /regions/{regionId}/lifecycle/catalogue/{entryId}", REGION_WRITE),
            Map.entry("DELETE /regions/{regionId}/lifecycle/catalogue/{entryId}", REGION_WRITE),
            Map.entry("GET /regions/{regionId}/lifecycle/population", REGION_MEMBERS_READ),
            Map.entry("GET /regions/{regionId}/lifecycle/population/{municipalityId}/{year}", REGION_MEMBERS_READ),
            Map.entry("PUT /regions/{regionId}/lifecycle/population/{municipalityId}/{year}", REGION_WRITE),
            Map.entry("POST /regions/{regionId}/lifecycle/population/import", REGION_WRITE));

    private static boolean expectedAllowed(String role, Target target, Endpoint endpoint) {
        String expected = EXPECTED.get(endpoint.method + " " + endpoint.path);
        assertTrue(expected != null, "no expected outcome for " + endpoint + ": add it to EXPECTED");
        for (String grant : expected.split(" ")) {
            String[] roleAndTargets = grant.split(":");
            if (roleAndTargets[0].equals(role)) {
                return roleAndTargets[1].contains(target.name().substring(0, 1));
            }
        }
        return false;
    }

    // ---- endpoints, discovered from the REST whiteboard

    private record Endpoint(String method, String path, String mediaType) {

        String concrete(Target target, Map<String, String> noteIds) {
            String moduleId = method.equals("DELETE") ? "no-such-module" : "notes";
            return "/api/v1" + path
                    .replace("{municipalityId}", target.municipality)
                    .replace("{regionId}", target.region)
                    .replace("{moduleId}", moduleId)
                    .replace("{tokenId}", "no-such-token")
                    .replace("{noteId}", noteIds == null ? "1" : noteIds.get(target.municipality))
                    .replace("{year}", "2025")
                    .replaceAll("\\{\\w+Id}", "1");
        }
    }

    private List<Endpoint> endpoints() {
        Set<Endpoint> found = new java.util.LinkedHashSet<>();
        for (ServedEndpoints.Served served : ServedEndpoints.of(samverka.framework())) {
            String consumes = served.consumes() == null ? "application/json" : served.consumes();
            found.add(new Endpoint(served.method(), served.path(), consumes.contains("*") ? "application/json" : consumes));
        }
        List<Endpoint> endpoints = new ArrayList<>(found);
        Set<String> discovered = new TreeSet<>();
        endpoints.forEach(e -> discovered.add(e.method + " " + e.path));
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(discovered);
        assertEquals(Set.of(), stale, "rows of EXPECTED for endpoints that no longer exist");
        assertTrue(endpoints.stream().anyMatch(e -> e.path.equals("/municipalities/{municipalityId}/notes")), "discovered " + endpoints);
        assertTrue(endpoints.stream().anyMatch(e -> e.path.equals("/regions/{regionId}/lifecycle/matrix.svg")), "discovered " + endpoints);
        assertTrue(endpoints.stream().anyMatch(e -> e.path.equals("/tokens") && e.method.equals("POST")), "discovered " + endpoints);
        return endpoints;
    }

    /** Bodies that change nothing: an allowed caller gets 400, 404 or 428, never a change. */
    private static String body(Endpoint endpoint) {
        if (!endpoint.method.equals("POST") && !endpoint.method.equals("PUT")) {
            return null;
        }
        return endpoint.mediaType.contains("json") ? "{}" : "not,a,valid,header\n";
    }

    private static Reply tokenRequest(Client as, String name, String role, String scope) {
        return as.post("/api/v1/tokens", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"scope\":\"" + scope + "\"}");
    }

    private static String newToken(Client as, String name, String role, String scope) {
        Reply reply = tokenRequest(as, name, role, scope);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().path("secret").asText();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }
}

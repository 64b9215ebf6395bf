package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * Each configuration file the operations guide documents, dropped into {@code config/} as an
 * operator would, takes effect: on the running platform where the guide says so, or as the
 * component's configuration (for what applies at the next start).
 */
@SamverkaTest(framework = true)
class ConfigurationIT {

    private static final Duration PATIENCE = Samverka.PATIENCE;

    private Samverka samverka;
    private Client api;
    private Path changed;
    private String original;

    @BeforeEach
    void platform(Samverka samverka) {
        this.samverka = samverka;
        this.api = samverka.admin();
    }

    @AfterEach
    void restore() throws IOException {
        if (changed != null) {
            if (original == null) {
                Files.delete(changed);
            } else {
                write(changed.getFileName().toString(), original);
            }
            changed = null;
        }
    }

    @Test
    void restCfgLimitsTheBodySize() throws Exception {
        drop("org.samverka.rest.cfg", "maxBodyBytes=1024\n");
        String big = "{\"name\":\"" + "x".repeat(2000) + "\"}";
        Reply refused = await(() -> api.post("/api/v1/regions", big), r -> r.status() == 413);
        assertEquals(413, refused.status(), refused.toString());
        assertTrue(refused.json().path("detail").asText().contains("1024"), refused.body());
    }

    @Test
    void securityCfgAllowsABrowserOrigin() throws Exception {
        drop("org.samverka.security.cfg", "corsAllowedOrigins=https://samverka.norrbotten.example\n");
        Reply preflight = await(() -> api.as(null).send("OPTIONS", "/api/v1/regions", null, "Origin",
                "https://samverka.norrbotten.example", "Access-Control-Request-Method", "GET"), r -> r.header("Access-Control-Allow-Origin") != null);
        assertEquals("https://samverka.norrbotten.example", preflight.header("Access-Control-Allow-Origin"), preflight.toString());
    }

    @Test
    void securityCfgSetsSessionsAndOidcCfgTurnsOnSingleSignOn() throws Exception {
        drop("org.samverka.security.cfg", "sessionIdleMinutes=5\nsignInFailuresBeforePause=3\n");
        awaitProperty("org.samverka.security.internal.SessionStore", "sessionIdleMinutes", 5);
        awaitProperty("org.samverka.security.internal.LocalSignIn", "signInFailuresBeforePause", 3);
        restore();
        assertFalse(api.get("/api/v1/sessions/oidc").json().path("enabled").asBoolean());
        drop("org.samverka.security.oidc.cfg", "enabled=true\nissuer=https://login.example.se/tenant/v2.0\nclientId=samverka\n"
                + "clientSecret=s3cret\ndisplayName=Region Norrbotten\n");
        Reply offer = await(() -> api.get("/api/v1/sessions/oidc"), r -> r.json().path("enabled").asBoolean());
        assertEquals("Region Norrbotten", offer.json().path("displayName").asText(), offer.toString());
        assertFalse(offer.body().contains("s3cret"), "the secret is never shown");
    }

    @Test
    void httpCfgClosesSilentConnectionsSooner() throws Exception {
        drop("org.samverka.http.cfg", "idleTimeoutSeconds=1\n");
        awaitProperty("org.samverka.http.internal.HttpHardening", "idleTimeoutSeconds", 1);
        try (Socket silent = new Socket("localhost", samverka.uri().getPort())) {
            silent.setSoTimeout(15_000);
            long opened = System.nanoTime();
            InputStream in = silent.getInputStream();
            assertEquals(-1, in.read(), "the server closes the connection");
            assertTrue(System.nanoTime() - opened < java.util.concurrent.TimeUnit.SECONDS.toNanos(10), "closed after the configured second, not the default thirty");
        }
    }

    @Test
    void lifecycleCfgLoadsTheDemoInventory() throws Exception {
        TestPlugins.place(samverka, TestPlugins.lifecycle(), "lifecycle.jar");
        api.await("/api/v1/modules/lifecycle", r -> r.status() == 200, PATIENCE);
        drop("org.samverka.plugin.lifecycle.cfg", "demoMode=true\n");
        Reply items = api.await("/api/v1/municipalities/kiruna/lifecycle/items",
                r -> r.status() == 200 && r.json().path("total").asInt() > 0, PATIENCE);
        assertEquals(10, items.json().path("total").asInt(), items.toString());
        assertTrue(items.json().path("items").get(0).path("demo").asBoolean());
    }

    @Test
    void healthStorageAndTenantsCfgReachTheirComponents() throws Exception {
        drop("org.samverka.health.cfg", "pluginStartTimeoutSeconds=7\n");
        awaitProperty("org.samverka.rest.internal.Readiness", "pluginStartTimeoutSeconds", 7);
        restore();
        drop("org.samverka.storage.cfg", "maxConnections=4\n");
        awaitProperty("org.samverka.storage.internal.EmbeddedDerbyDataSource", "maxConnections", 4);
        restore();
        drop("org.samverka.tenants.cfg", "referenceDataFile=/srv/samverka/tenants.json\n");
        awaitProperty("org.samverka.tenants.internal.ReferenceDataLoader", "referenceDataFile", "/srv/samverka/tenants.json");
        assertEquals(14,
                api.get("/api/v1/regions/norrbotten/municipalities").json().size(), "a database with tenants is left alone");
    }

    /** Writes the file as an operator would, keeping what was there to put back. */
    private void drop(String name, String content) throws IOException {
        Path file = config().resolve(name);
        original = Files.exists(file) ? Files.readString(file) : null;
        changed = file;
        write(name, "# written by ConfigurationIT\n" + content);
    }

    private void write(String name, String content) throws IOException {
        Path staged = config().resolve(name + ".part");
        Files.writeString(staged, content, StandardCharsets.UTF_8);
        Files.move(staged, config().resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path config() {
        return samverka.config();
    }

    /** Waits until the component's active configuration holds the property with this value. */
    private void awaitProperty(String component, String property, Object value) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Optional<String> seen = Optional.empty();
        while (System.nanoTime() < deadline) {
            seen = Optional.empty();
            for (JsonNode found : samverka.framework().components(null)) {
                for (JsonNode configuration : found.path("configurations")) {
                    if (found.path("name").asText().equals(component) && configuration.path("properties").has(property)) {
                        seen = Optional.of(configuration.path("properties").path(property).asText());
                    }
                }
            }
            if (seen.map(v -> v.equals(String.valueOf(value))).orElse(false)) {
                return;
            }
            Api.sleep(100);
        }
        throw new AssertionError(component + " has " + property + "=" + seen.orElse(null) + ", not " + value);
    }

    private static Reply await(java.util.function.Supplier<Reply> request, Predicate<Reply> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Reply reply = request.get();
        while (!condition.test(reply) && System.nanoTime() < deadline) {
            Api.sleep(100);
            reply = request.get();
        }
        return reply;
    }
}

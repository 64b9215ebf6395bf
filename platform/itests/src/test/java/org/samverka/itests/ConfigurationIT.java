package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.samverka.itests.Api.Reply;

/**
 * Each configuration file the operations guide documents, dropped into {@code config/} as an
 * operator would, takes effect: on the running platform where the guide says so, or as the
 * component's configuration (for what applies at the next start).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigurationIT extends PlatformTestBase {

    @Inject
    private ServiceComponentRuntime components;

    private Path changed;
    private String original;

    @After
    public void restore() throws IOException {
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
    public void restCfgLimitsTheBodySize() throws Exception {
        drop("org.samverka.rest.cfg", "maxBodyBytes=1024\n");
        String big = "{\"name\":\"" + "x".repeat(2000) + "\"}";
        Reply refused = await(() -> api.post("/api/v1/regions", big), r -> r.status() == 413);
        assertEquals(refused.toString(), 413, refused.status());
        assertTrue(refused.body(), refused.json().path("detail").asText().contains("1024"));
    }

    @Test
    public void securityCfgAllowsABrowserOrigin() throws Exception {
        drop("org.samverka.security.cfg", "corsAllowedOrigins=https://samverka.norrbotten.example\n");
        Reply preflight = await(() -> api.as(null).send("OPTIONS", "/api/v1/regions", null, "Origin",
                "https://samverka.norrbotten.example", "Access-Control-Request-Method", "GET"), r -> r.header("Access-Control-Allow-Origin") != null);
        assertEquals(preflight.toString(), "https://samverka.norrbotten.example", preflight.header("Access-Control-Allow-Origin"));
    }

    @Test
    public void securityCfgSetsSessionsAndOidcCfgTurnsOnSingleSignOn() throws Exception {
        drop("org.samverka.security.cfg", "sessionIdleMinutes=5\nsignInFailuresBeforePause=3\n");
        awaitProperty("org.samverka.security.internal.SessionStore", "sessionIdleMinutes", 5);
        awaitProperty("org.samverka.security.internal.LocalSignIn", "signInFailuresBeforePause", 3);
        restore();
        assertFalse(api.get("/api/v1/sessions/oidc").json().path("enabled").asBoolean());
        drop("org.samverka.security.oidc.cfg", "enabled=true\nissuer=https://login.example.se/tenant/v2.0\nclientId=samverka\n"
                + "clientSecret=s3cret\ndisplayName=Region Norrbotten\n");
        Reply offer = await(() -> api.get("/api/v1/sessions/oidc"), r -> r.json().path("enabled").asBoolean());
        assertEquals(offer.toString(), "Region Norrbotten", offer.json().path("displayName").asText());
        assertFalse("the secret is never shown", offer.body().contains("s3cret"));
    }

    @Test
    public void httpCfgClosesSilentConnectionsSooner() throws Exception {
        drop("org.samverka.http.cfg", "idleTimeoutSeconds=1\n");
        awaitProperty("org.samverka.http.internal.HttpHardening", "idleTimeoutSeconds", 1);
        try (Socket silent = new Socket("localhost", Integer.parseInt(context.getProperty(SamverkaContainer.PORT_PROPERTY)))) {
            silent.setSoTimeout(15_000);
            long opened = System.nanoTime();
            InputStream in = silent.getInputStream();
            assertEquals("the server closes the connection", -1, in.read());
            assertTrue("closed after the configured second, not the default thirty",
                    System.nanoTime() - opened < java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
        }
    }

    @Test
    public void lifecycleCfgLoadsTheDemoInventory() throws Exception {
        deployPlugin("lifecycle.jar", LIFECYCLE_PLUGIN);
        api.await("/api/v1/modules/lifecycle", r -> r.status() == 200, PATIENCE);
        drop("org.samverka.plugin.lifecycle.cfg", "demoMode=true\n");
        Reply items = api.await("/api/v1/municipalities/kiruna/lifecycle/items",
                r -> r.status() == 200 && r.json().path("total").asInt() > 0, PATIENCE);
        assertEquals(items.toString(), 10, items.json().path("total").asInt());
        assertTrue(items.json().path("items").get(0).path("demo").asBoolean());
    }

    @Test
    public void healthStorageAndTenantsCfgReachTheirComponents() throws Exception {
        drop("org.samverka.health.cfg", "pluginStartTimeoutSeconds=7\n");
        awaitProperty("org.samverka.rest.internal.Readiness", "pluginStartTimeoutSeconds", 7);
        restore();
        drop("org.samverka.storage.cfg", "maxConnections=4\n");
        awaitProperty("org.samverka.storage.internal.EmbeddedDerbyDataSource", "maxConnections", 4);
        restore();
        drop("org.samverka.tenants.cfg", "referenceDataFile=/srv/samverka/tenants.json\n");
        awaitProperty("org.samverka.tenants.internal.ReferenceDataLoader", "referenceDataFile", "/srv/samverka/tenants.json");
        assertEquals("a database with tenants is left alone", 14,
                api.get("/api/v1/regions/norrbotten/municipalities").json().size());
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
        return Path.of(context.getProperty(SamverkaContainer.CONFIG_PROPERTY));
    }

    /** Waits until the component's active configuration holds the property with this value. */
    private void awaitProperty(String component, String property, Object value) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Optional<Object> seen = Optional.empty();
        while (System.nanoTime() < deadline) {
            seen = components.getComponentDescriptionDTOs().stream().filter(d -> d.name.equals(component))
                    .flatMap(d -> components.getComponentConfigurationDTOs(d).stream())
                    .map((ComponentConfigurationDTO c) -> c.properties).map((Map<String, Object> p) -> p.get(property))
                    .filter(v -> v != null).findFirst();
            if (seen.map(v -> String.valueOf(v).equals(String.valueOf(value))).orElse(false)) {
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

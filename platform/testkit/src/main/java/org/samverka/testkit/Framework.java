package org.samverka.testkit;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OSGi framework inside a {@link Samverka} booted with {@code @SamverkaTest(framework = true)},
 * for tests of what an operator cannot do from outside: stop a bundle, disable a component, read
 * the REST runtime's DTOs or a service's properties, add a health check, call a service. It talks
 * to a small agent bundle the kit installs only then, behind a secret of this boot's.
 *
 * <pre>{@code
 * samverka.framework().stop("org.samverka.plugin.greetings");
 * assertEquals(503, samverka.admin().get("/municipalities/lulea/greetings").status());
 * samverka.framework().start("org.samverka.plugin.greetings");
 * }</pre>
 */
public final class Framework {

    static final String SECRET_PROPERTY = "samverka.testkit.secret";
    private static final String SECRET_HEADER = "Samverka-Testkit-Secret";
    private static final String AGENT_CLASS = "org/samverka/testkit/agent/FrameworkAgent.class";

    private final URI base;
    private final Client agent;

    Framework(URI base, String secret) {
        this.base = base;
        this.agent = new Client(base, null).with(SECRET_HEADER, secret);
    }

    /** Every bundle: {@code id}, {@code symbolicName}, {@code version}, {@code state} (ACTIVE, RESOLVED…). */
    public JsonNode bundles() {
        return ok(agent.get(url("/bundles")));
    }

    /** The bundle's state, such as {@code ACTIVE}, or empty when no bundle of that name is installed. */
    public Optional<String> state(String symbolicName) {
        for (JsonNode bundle : bundles()) {
            if (symbolicName.equals(bundle.path("symbolicName").asText())) {
                return Optional.of(bundle.path("state").asText());
            }
        }
        return Optional.empty();
    }

    /** Stops the bundle (as {@code Bundle.stop()}: it stays stopped over a restart) and returns once it has. */
    public void stop(String symbolicName) {
        ok(agent.post(url("/bundles/" + symbolicName + "/stop"), null));
    }

    /** Starts the bundle and returns once it is active. */
    public void start(String symbolicName) {
        ok(agent.post(url("/bundles/" + symbolicName + "/start"), null));
    }

    /**
     * The Declarative Services components of a bundle (every bundle for null): {@code name},
     * {@code enabled}, and {@code configurations} with their {@code state} and {@code properties}.
     */
    public JsonNode components(String symbolicName) {
        return ok(agent.get(url("/components" + (symbolicName == null ? "" : "?bundle=" + encode(symbolicName)))));
    }

    /** Disables a component and returns once Declarative Services has deactivated it. */
    public void disable(String symbolicName, String componentName) {
        ok(agent.post(url("/components/" + symbolicName + "/" + componentName + "/disable"), null));
    }

    /** Enables a component again. */
    public void enable(String symbolicName, String componentName) {
        ok(agent.post(url("/components/" + symbolicName + "/" + componentName + "/enable"), null));
    }

    /**
     * The REST whiteboard's {@code RuntimeDTO} as JSON ({@code defaultApplication.resourceDTOs},
     * {@code failedResourceDTOs}…), or empty while the whiteboard is not running.
     */
    public Optional<JsonNode> restRuntime() {
        Reply reply = agent.get(url("/rest"));
        return reply.status() == 404 ? Optional.empty() : Optional.of(ok(reply));
    }

    /** The services an LDAP filter matches, such as {@code (objectClass=…)}: {@code bundle} and {@code properties}. */
    public JsonNode services(String filter) {
        return ok(agent.get(url("/services?filter=" + encode(filter))));
    }

    /**
     * Registers a Felix health check that always answers the given status and message; close
     * the handle to remove it.
     *
     * @param properties its service properties, such as {@code hc.name}, {@code hc.tags}, {@code hc.module}
     * @param status     {@code OK}, {@code WARN}, {@code CRITICAL}…
     */
    public Added addHealthCheck(Map<String, String> properties, String status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", status).put("message", message);
        properties.forEach(body.putObject("properties")::put);
        long id = ok(agent.post(url("/health-checks"), body)).path("id").asLong();
        return () -> ok(agent.delete(url("/health-checks/" + id)));
    }

    /**
     * Calls a method of a service as another plugin would, the arguments given as JSON and turned
     * into the method's parameter types (records, dates as ISO text); answers the result as JSON.
     *
     * @throws IllegalStateException with the exception the method threw, or when there is no such service
     */
    public JsonNode call(String serviceInterface, String method, Object... arguments) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("service", serviceInterface).put("method", method);
        var list = body.putArray("arguments");
        for (Object argument : arguments) {
            list.add(argument instanceof JsonNode node ? node : Client.JSON.valueToTree(argument));
        }
        return ok(agent.post(url("/calls"), body));
    }

    /** Something the test added to the framework; closing removes it. */
    public interface Added extends AutoCloseable {
        @Override
        void close();
    }

    private String url(String path) {
        return base.resolve("/testkit" + path).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode ok(Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("The framework agent answered " + reply);
        }
        return reply.status() == 204 ? JsonNodeFactory.instance.nullNode() : reply.json();
    }

    /** The agent bundle's jar, from the test class path (the kit depends on it), or {@code samverka.testkit.agent}. */
    static Path agentJar() {
        String configured = System.getProperty("samverka.testkit.agent");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        URL found = Framework.class.getClassLoader().getResource(AGENT_CLASS);
        try {
            if (found != null && "jar".equals(found.getProtocol())) {
                Path jar = Path.of(((JarURLConnection) found.openConnection()).getJarFileURL().toURI());
                if (Files.isRegularFile(jar)) {
                    return jar;
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("The test kit agent's jar could not be located from " + found, e);
        }
        throw new IllegalStateException("framework = true needs the test kit agent's jar (org.samverka.testkit.agent) on the "
                + "test class path, found " + found + "; run the tests with failsafe after package, or set samverka.testkit.agent");
    }
}

package org.samverka.testkit.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * What a test needs from inside the framework, over HTTP, for the test kit's {@code Framework}:
 *
 * <pre>
 * GET    /testkit/bundles                           every bundle: id, symbolicName, version, state
 * POST   /testkit/bundles/{symbolicName}/stop|start
 * GET    /testkit/components?bundle={symbolicName}  components with their configurations' states and properties
 * POST   /testkit/components/{symbolicName}/{name}/disable|enable
 * GET    /testkit/rest                              the REST whiteboard's runtime DTO (404 while it is gone)
 * GET    /testkit/services?filter={LDAP filter}     matching services: bundle, properties
 * POST   /testkit/health-checks                     {"properties":{…},"status":"CRITICAL","message":"…"} → {"id":…}
 * DELETE /testkit/health-checks/{id}
 * POST   /testkit/calls                             {"service":"…","method":"…","arguments":[…]} → the result as JSON
 * </pre>
 *
 * Every request must carry the secret the test kit started the platform with
 * ({@code samverka.testkit.secret}); without that property the component does not start at all.
 * Services are looked up per request rather than referenced, so that a test may stop the bundles
 * that offer them (the REST whiteboard, say) without taking the agent down.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/testkit/*")
@HttpWhiteboardServletName("samverka-testkit-agent")
public final class FrameworkAgent extends HttpServlet {

    static final String SECRET_PROPERTY = "samverka.testkit.secret";
    static final String SECRET_HEADER = "Samverka-Testkit-Secret";
    private static final long serialVersionUID = 1L;

    private final transient ObjectMapper json = Json.mapper();
    private final transient Map<Long, ServiceRegistration<HealthCheck>> checks = new ConcurrentHashMap<>();
    private final AtomicLong nextCheck = new AtomicLong(1);
    private transient BundleContext context;
    private transient byte[] secret;

    @Activate
    void activate(BundleContext bundleContext) {
        String configured = bundleContext.getProperty(SECRET_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("The test kit agent serves only with " + SECRET_PROPERTY + " set");
        }
        this.context = bundleContext;
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    @Deactivate
    void deactivate() {
        checks.values().forEach(ServiceRegistration::unregister);
        checks.clear();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String given = request.getHeader(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            answer(response, 403, problem("The test kit's secret is missing or wrong"));
            return;
        }
        List<String> path = Arrays.stream(String.valueOf(request.getPathInfo()).split("/")).filter(s -> !s.isEmpty()).toList();
        try {
            answer(response, 200, route(request.getMethod(), path, request, response));
        } catch (Refusal refusal) {
            answer(response, refusal.status, problem(refusal.getMessage()));
        } catch (BundleException | InvalidSyntaxException | RuntimeException e) {
            ObjectNode failed = problem(e.getMessage());
            failed.put("exception", e.getClass().getName());
            answer(response, 500, failed);
        }
    }

    private JsonNode route(String method, List<String> path, HttpServletRequest request, HttpServletResponse response)
            throws IOException, BundleException, InvalidSyntaxException {
        String resource = path.isEmpty() ? "" : path.get(0);
        switch (method + " " + resource + "/" + (path.size() - 1)) {
            case "GET bundles/0":
                return bundles();
            case "POST bundles/2":
                return changeState(bundle(path.get(1)), path.get(2));
            case "GET components/0":
                return Components.list(context, request.getParameter("bundle"), json);
            case "POST components/3":
                Components.change(context, bundle(path.get(1)), path.get(2), path.get(3));
                return null;
            case "GET rest/0":
                return Rest.runtime(context, json);
            case "GET services/0":
                return services(request.getParameter("filter"));
            case "POST health-checks/0":
                response.setStatus(201);
                return addCheck(json.readTree(request.getInputStream()));
            case "DELETE health-checks/1":
                return removeCheck(path.get(1));
            case "POST calls/0":
                return Calls.call(context, json.readTree(request.getInputStream()), json);
            default:
                throw new Refusal(404, "No " + method + " " + String.join("/", path) + " in the test kit agent");
        }
    }

    private JsonNode bundles() {
        ArrayNode list = json.createArrayNode();
        for (Bundle bundle : context.getBundles()) {
            list.addObject().put("id", bundle.getBundleId()).put("symbolicName", bundle.getSymbolicName())
                    .put("version", bundle.getVersion().toString()).put("state", Json.state(bundle.getState()));
        }
        return list;
    }

    private JsonNode changeState(Bundle bundle, String change) throws BundleException {
        switch (change) {
            case "stop" -> bundle.stop();
            case "start" -> bundle.start();
            default -> throw new Refusal(404, "A bundle can be stopped or started, not '" + change + "'");
        }
        return json.createObjectNode().put("state", Json.state(bundle.getState()));
    }

    Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new Refusal(404, "No bundle " + symbolicName + " is installed"));
    }

    private JsonNode services(String filter) throws InvalidSyntaxException {
        ServiceReference<?>[] found = context.getAllServiceReferences(null, filter);
        ArrayNode list = json.createArrayNode();
        for (ServiceReference<?> reference : found == null ? new ServiceReference<?>[0] : found) {
            ObjectNode service = list.addObject();
            service.put("bundle", reference.getBundle() == null ? null : reference.getBundle().getSymbolicName());
            service.set("properties", Json.properties(reference, json));
        }
        return list;
    }

    private JsonNode addCheck(JsonNode request) {
        Hashtable<String, Object> properties = new Hashtable<>();
        request.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue().asText()));
        Result.Status status = Result.Status.valueOf(request.path("status").asText("CRITICAL"));
        String message = request.path("message").asText("added by the test kit");
        long id = nextCheck.getAndIncrement();
        checks.put(id, context.registerService(HealthCheck.class, () -> new Result(status, message), properties));
        return json.createObjectNode().put("id", id);
    }

    private JsonNode removeCheck(String id) {
        ServiceRegistration<HealthCheck> registration = checks.remove(Long.parseLong(id));
        if (registration == null) {
            throw new Refusal(404, "No health check " + id + " was added by the test kit");
        }
        registration.unregister();
        return null;
    }

    private static ObjectNode problem(String detail) {
        return Json.mapper().createObjectNode().put("detail", detail);
    }

    private void answer(HttpServletResponse response, int status, JsonNode body) throws IOException {
        if (body == null) {
            response.setStatus(204);
            return;
        }
        response.setStatus(status == 200 && response.getStatus() == 201 ? 201 : status);
        response.setContentType(status >= 400 ? "application/problem+json" : "application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** A request the agent cannot do, with the status to answer. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}

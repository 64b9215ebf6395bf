package org.samverka.rest.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.samverka.api.module.InstalledModules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;

/**
 * {@code GET /api/v1/health}: readiness. 200 with {@code status: UP} only when everything
 * installed is serving (see {@link Readiness}); 503 with {@code STARTING} and what it is waiting
 * for while it is not, or {@code DOWN} while the database does not answer. A plugin that failed
 * does not make the platform unready; it shows under {@code modules} and {@code failedPlugins}.
 * Each module lists the results of the health checks it contributes ({@link ModuleChecks}) and the
 * worst of them as its {@code health}; a failing check does not make the platform unready either.
 * Liveness is {@link LivenessResource}. Unlike the API's resources it does not select access
 * control ({@code @SamverkaResource}): it must answer, and say what is missing, while that is gone.
 */
@Component(service = HealthResource.class)
@JakartarsResource
@JSONRequired
@Path("health")
public final class HealthResource {

    private final BundleContext context;
    private final Readiness readiness;
    private final ModuleChecks moduleChecks;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile InstalledModules modules;

    @Activate
    public HealthResource(BundleContext context, @Reference Readiness readiness, @Reference ModuleChecks moduleChecks) {
        this.context = context;
        this.readiness = readiness;
        this.moduleChecks = moduleChecks;
    }

    /** @return 200 {@code UP}; 503 {@code STARTING} (with {@code Retry-After}) or {@code DOWN} */
    @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "samverka-open", value = "true", parseValue = true)))
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Readiness.Report report = readiness.check();
        String status = !report.databaseUp() ? "DOWN" : report.ready() ? "UP" : "STARTING";
        InstalledModules installed = modules;

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (!report.waitingFor().isEmpty()) {
            body.put("waitingFor", report.waitingFor());
        }
        body.put("framework", framework());
        body.put("database", Map.of("status", report.databaseUp() ? "UP" : "DOWN"));
        Map<String, List<ModuleChecks.Check>> checks = moduleChecks.byModule();
        body.put("modules", installed == null ? List.of() : installed.all().stream()
                .map(m -> {
                    Map<String, Object> module = new LinkedHashMap<>();
                    module.put("id", m.id());
                    module.put("version", m.version());
                    module.put("state", m.state().name());
                    List<ModuleChecks.Check> own = checks.getOrDefault(m.id(), List.of());
                    module.put("health", ModuleChecks.worst(own));
                    module.put("checks", own);
                    return module;
                })
                .toList());
        if (!report.failedPlugins().isEmpty()) {
            body.put("failedPlugins", report.failedPlugins());
        }
        Response.ResponseBuilder response = Response.status(report.ready() ? 200 : 503).entity(body);
        if (!report.ready()) {
            response.header("Retry-After", StorageProblemMapper.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    private Map<String, Object> framework() {
        Bundle[] bundles = context.getBundles();
        List<String> notActive = Arrays.stream(bundles)
                .filter(b -> b.getState() != Bundle.ACTIVE && b.getHeaders().get(Constants.FRAGMENT_HOST) == null)
                .map(Bundle::getSymbolicName)
                .toList();
        Map<String, Object> framework = new LinkedHashMap<>();
        framework.put("status", context.getBundle(0).getState() == Bundle.ACTIVE ? "UP" : "STARTING");
        framework.put("bundles", bundles.length);
        framework.put("notActive", notActive);
        return framework;
    }
}

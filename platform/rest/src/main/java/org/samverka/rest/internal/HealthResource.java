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
import org.samverka.api.storage.Storage;

/**
 * {@code GET /api/v1/health}: whether the framework, the database and each module are up.
 * 200 while the database answers, 503 when it does not. A failed plugin shows as INACTIVE
 * without making the platform unhealthy.
 */
@Component(service = HealthResource.class)
@JakartarsResource
@JSONRequired
@Path("health")
public final class HealthResource {

    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Storage storage;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile InstalledModules modules;

    @Activate
    public HealthResource(BundleContext context) {
        this.context = context;
    }

    /**
     * @return 200 with {@code status: UP}, or 503 with {@code status: DOWN} when the database is unreachable
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Storage db = storage;
        boolean databaseUp = db != null && db.isAvailable();
        InstalledModules installed = modules;

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", databaseUp ? "UP" : "DOWN");
        body.put("framework", framework());
        body.put("database", Map.of("status", databaseUp ? "UP" : "DOWN"));
        body.put("modules", installed == null ? List.of() : installed.all().stream()
                .map(m -> {
                    Map<String, Object> module = new LinkedHashMap<>();
                    module.put("id", m.id());
                    module.put("version", m.version());
                    module.put("state", m.state().name());
                    return module;
                })
                .toList());
        return Response.status(databaseUp ? 200 : 503).entity(body).build();
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

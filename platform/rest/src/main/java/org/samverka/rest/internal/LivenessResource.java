package org.samverka.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;

/**
 * {@code GET /api/v1/health/live}: liveness. 200 whenever the process answers HTTP at all, also
 * while the database is down or the platform is still starting: a supervisor that restarts on a
 * failed liveness check should do so only when Samverka is stuck, not when it is busy. It needs
 * no JSON provider, and while the REST runtime is rebuilding {@link NotFoundServlet} answers it.
 */
@Component(service = LivenessResource.class)
@JakartarsResource
@Path("health/live")
public final class LivenessResource {

    /** The whole answer. */
    static final String ALIVE = "{\"status\":\"UP\"}";

    /** @return 200 */
    @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "samverka-open", value = "true", parseValue = true)))
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String live() {
        return ALIVE;
    }
}

package org.samverka.test.unavailable;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.SamverkaResource;

/**
 * A resource with one instance per request (prototype scope) that can no longer be made once it
 * has answered a request: every request after the first is routed to it and finds no instance, as
 * a request does that is routed to a resource whose plugin is going away.
 */
@Component(service = GoneResource.class, scope = ServiceScope.PROTOTYPE)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/unavailable")
@Produces(MediaType.APPLICATION_JSON)
public final class GoneResource {

    private static volatile boolean served;

    @Activate
    public GoneResource() {
        if (served) {
            throw new IllegalStateException("This test resource is gone after its first answer");
        }
    }

    @GET
    public String get() {
        served = true;
        return "{}";
    }
}

package org.samverka.rest.internal;

import java.io.IOException;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;

import org.glassfish.hk2.api.MultiException;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.ResponseErrorMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors Jersey raises outside a resource method, where it asks no exception mapper: above all
 * while it routes a request to a whiteboard resource whose service has just left (its plugin is
 * being stopped, replaced or rewired), when the injection layer finds no instance to call. Jersey
 * would hand those to the servlet container, which logged each as an ERROR with its stack and
 * answered from the error page; under load, a routine plugin swap filled the log. Here they are
 * answered like every other error, as problem documents: 503 for a resource that cannot be had
 * (one line at INFO), else an incident (500, logged in full once). A response the client is no
 * longer there to read is left to the container as before.
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("samverka.problem.routing")
public final class RoutingErrors implements Feature, ResponseErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingErrors.class);

    @Override
    public boolean configure(FeatureContext context) {
        context.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, Boolean.TRUE);
        context.register(this, ResponseErrorMapper.class);
        return true;
    }

    @Override
    public Response toResponse(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return null;
            }
        }
        if (error instanceof MultiException) {
            LOG.info("A request was routed to a resource that is no longer there (its module is being stopped, replaced or "
                    + "rewired): {}", String.valueOf(error.getMessage()).strip().replaceAll("\\s+", " "));
            return ProblemResponses.of(ModuleGoingAway.problem());
        }
        return UnexpectedErrorMapper.incident(error);
    }
}

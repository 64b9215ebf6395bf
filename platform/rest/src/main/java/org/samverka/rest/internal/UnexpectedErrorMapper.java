package org.samverka.rest.internal;

import java.util.UUID;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper claims: logged in full with an incident id, answered with that id
 * only, so no stack trace or internal message ever reaches a client. A request body the client
 * never finished is the client's fault, not an incident (see {@link UnreadableRequests}); nor is a
 * failure inside a plugin that is being stopped or replaced ({@link ModuleGoingAway}).
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("samverka.problem.unexpected")
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    /** The resource the failed request was matched to, to tell a plugin going away from a fault. */
    @Context
    private ResourceInfo resource;

    @Override
    public Response toResponse(Throwable error) {
        var unreadable = UnreadableRequests.problemOf(error);
        if (unreadable.isPresent()) {
            LOG.info("Refused a request whose body could not be read: {}", unreadable.get().detail());
            return ProblemResponses.of(unreadable.get());
        }
        var goingAway = ModuleGoingAway.problemFor(resource);
        if (goingAway.isPresent()) {
            LOG.info("A request failed while its module was being stopped or replaced: {}", error.toString());
            return ProblemResponses.of(goingAway.get());
        }
        return incident(error);
    }

    /** Logged in full under a new incident id; the client gets the id only. */
    static Response incident(Throwable error) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: unexpected error", incident, error);
        return ProblemResponses.of(500, "Internal Server Error",
                "Something went wrong on the server. Quote incident " + incident + " to the operators.");
    }
}

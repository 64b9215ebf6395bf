package org.samverka.rest.internal;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper claims: logged in full with an incident id, answered with that id
 * only, so no stack trace or internal message ever reaches a client.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("samverka.problem.unexpected")
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable error) {
        String incident = UUID.randomUUID().toString();
        if (isDatabaseUnavailable(error)) {
            LOG.error("Incident {}: the database is unavailable", incident, error);
            return ProblemResponses.of(503, "Service Unavailable",
                    "The database is not available right now; try again shortly (incident " + incident + ").");
        }
        LOG.error("Incident {}: unexpected error", incident, error);
        return ProblemResponses.of(500, "Internal Server Error",
                "Something went wrong on the server. Quote incident " + incident + " to the operators.");
    }

    private static boolean isDatabaseUnavailable(Throwable error) {
        if (!(error instanceof StorageException)) {
            return false;
        }
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return error.getCause() instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("XJ");
    }
}

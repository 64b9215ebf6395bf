package org.samverka.rest.internal;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.storage.ConflictException;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.InvalidReferenceException;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.StaleVersionException;
import org.samverka.api.storage.StorageBusyException;
import org.samverka.api.storage.StorageException;
import org.samverka.api.storage.UnstorableValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What stores report, as the API promises it: a missing row 404, a stale version 412, a conflict
 * or a unique key taken by a concurrent request 409, a reference to something that is not there
 * 400 naming the field, a busy database 503 with {@code Retry-After}, a value that does not fit 400. The details stores write are meant for clients; SQL messages are not
 * and stay in the log.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("samverka.problem.storage")
public final class StorageProblemMapper implements ExceptionMapper<StorageException> {

    /** Seconds a client should wait before retrying after a 503. */
    static final String RETRY_AFTER_SECONDS = "1";
    private static final Logger LOG = LoggerFactory.getLogger(StorageProblemMapper.class);

    /** The resource the failed request was matched to, to tell a plugin going away from a fault. */
    @Context
    private ResourceInfo resource;

    @Override
    public Response toResponse(StorageException e) {
        ApiProblem problem = problemOf(e);
        if (problem.status() == 500) {
            var goingAway = ModuleGoingAway.problemFor(resource);
            if (goingAway.isPresent()) {
                LOG.info("A statement failed while its module was being stopped or replaced: {}", e.toString());
                return ProblemResponses.of(goingAway.get());
            }
        }
        return ProblemResponses.of(problem);
    }

    static ApiProblem problemOf(StorageException e) {
        if (e instanceof RowNotFoundException) {
            return ApiProblem.notFound(e.getMessage());
        }
        if (e instanceof StaleVersionException) {
            return ApiProblem.preconditionFailed(e.getMessage());
        }
        if (e instanceof DuplicateKeyException) {
            LOG.info("Refused a duplicate key: {}", e.getMessage());
            return ApiProblem.conflict("Another request created the same record at the same moment. "
                    + "GET the resource to see it; retry only if it is not what you meant to create.");
        }
        if (e instanceof InvalidReferenceException reference) {
            return ApiProblem.invalid(reference.field(), reference.getMessage());
        }
        if (e instanceof ConflictException && e.getCause() == null) {
            return ApiProblem.conflict(e.getMessage());
        }
        if (e instanceof ConflictException) {
            LOG.info("Refused a conflicting change: {}", e.getMessage());
            return ApiProblem.conflict("The change conflicts with other data changed at the same moment: "
                    + "a record it refers to is gone, or other records refer to the one it removes. GET the "
                    + "resources involved and try again.");
        }
        if (e instanceof UnstorableValueException) {
            LOG.warn("A value did not fit its column although validation accepted it: {}", e.getMessage());
            return ApiProblem.badRequest("A value is longer, larger or further in the past or future than can "
                    + "be stored. Shorten the texts and check the numbers and dates, then send it again.");
        }
        String incident = UUID.randomUUID().toString();
        if (e instanceof StorageBusyException) {
            LOG.warn("Incident {}: the database is busy: {}", incident, e.getMessage());
            return unavailable("The database is busy with other changes right now; nothing was changed. "
                    + "Try again in a moment (incident " + incident + ").");
        }
        if (isDatabaseUnavailable(e)) {
            LOG.error("Incident {}: the database is unavailable", incident, e);
            return unavailable("The database is not available right now; try again shortly (incident " + incident + ").");
        }
        LOG.error("Incident {}: a database statement failed", incident, e);
        return new ApiProblem(500, ApiProblem.TYPE_BLANK, "Internal Server Error",
                "Something went wrong on the server. Quote incident " + incident + " to the operators.", java.util.List.of());
    }

    private static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, ApiProblem.TYPE_BLANK, "Service Unavailable", detail, java.util.List.of())
                .withHeader("Retry-After", RETRY_AFTER_SECONDS);
    }

    /** Connection failures (SQL state 08…) and a database that is shut down or not booted (XJ…). */
    private static boolean isDatabaseUnavailable(StorageException error) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("XJ"))) {
                return true;
            }
        }
        return false;
    }
}

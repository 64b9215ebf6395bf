package org.samverka.rest.internal;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Jersey's own errors (no such path, method not allowed, unacceptable or unsupported media
 * type, ...) as problem documents. The detail is written here, never taken from the exception,
 * which may carry internals.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("samverka.problem.http")
public final class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        Response problem = ProblemResponses.of(status, title, detailOf(exception, original));
        if (exception instanceof NotAllowedException) {
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
        }
        return problem;
    }

    private static String detailOf(WebApplicationException exception, Response original) {
        if (exception instanceof NotFoundException) {
            return "There is no resource at this path. The API lives under /api/v1; see GET /api/v1/modules for the installed modules.";
        }
        if (exception instanceof NotAllowedException) {
            return "This resource does not support the method; it allows " + original.getHeaderString(HttpHeaders.ALLOW) + ".";
        }
        if (exception instanceof NotAcceptableException) {
            return "This resource answers in JSON only: accept application/json.";
        }
        if (exception instanceof NotSupportedException) {
            return "Send the request body as application/json.";
        }
        int status = original.getStatus();
        return status >= 500
                ? "The server could not handle the request. Try again; if it persists, tell the operators the time of the request."
                : "The request could not be handled as sent (HTTP " + status + ").";
    }
}

package org.samverka.rest.internal;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.server.ParamException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.module.InstalledModules;
import org.samverka.api.module.ModuleState;
import org.samverka.api.rest.ApiProblem;

/**
 * Jersey's own errors (no such path, method not allowed, unacceptable or unsupported media
 * type, ...) as problem documents. The detail is written here, never taken from the exception,
 * which may carry internals.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("samverka.problem.http")
public final class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private final Readiness readiness;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile InstalledModules modules;

    @Context
    private UriInfo uri;

    @Activate
    public HttpErrorMapper(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof NotFoundException && !readiness.hasBeenReady()) {
            // While Samverka starts, a resource may not have arrived yet: that is no 404.
            return ProblemResponses.of(unavailable("Samverka is starting and does not serve this path yet; try again in a moment."));
        }
        if (exception instanceof NotFoundException) {
            String module = unavailableModuleOf(uri == null ? "" : uri.getPath());
            if (module != null) {
                // The module is installed but its resources are not there: it is being replaced, started or stopped.
                return ProblemResponses.of(unavailable("Module '" + module + "' is installed but not serving right now "
                        + "(it is being started, replaced or was stopped); its data is kept. Try again in a moment."));
            }
        }
        if (exception instanceof ParamException parameter && !(exception instanceof ParamException.PathParamException)) {
            // JAX-RS answers a query parameter it cannot convert with 404 "not found": it is a bad request.
            return ProblemResponses.of(ApiProblem.invalid(parameter.getParameterName(),
                    "is not a valid value of this parameter (for example, it must be a whole number)"));
        }
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

    private static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, ApiProblem.TYPE_BLANK, "Service Unavailable", detail, java.util.List.of())
                .withHeader("Retry-After", StorageProblemMapper.RETRY_AFTER_SECONDS);
    }

    /**
     * The module a tenant path addresses ({@code municipalities/lulea/lifecycle/...}) when it is
     * installed but its paths are missing for a while: it is stopped, or starting, or its REST
     * resources have not all reached the runtime yet, or the runtime lists a resource for the path
     * that the request did not find yet, or a plugin changed a moment ago and a resource served the
     * path before. Null when the path is simply wrong.
     */
    private String unavailableModuleOf(String path) {
        String[] segments = path.replaceAll("^/+", "").split("/");
        InstalledModules installed = modules;
        if (installed == null || segments.length < 3 || !(segments[0].equals("municipalities") || segments[0].equals("regions"))
                || segments[2].equals("modules") || segments[2].equals("municipalities")) {
            return null;
        }
        return installed.find(segments[2])
                .filter(m -> m.state() != ModuleState.ACTIVE || readiness.restSettling() || readiness.listsResourceFor(path)
                        || readiness.recentlyServed(path))
                .map(m -> m.id()).orElse(null);
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

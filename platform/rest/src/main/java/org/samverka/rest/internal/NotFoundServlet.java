package org.samverka.rest.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;

/**
 * Answers every path the API does not serve with a problem document instead of Jetty's HTML
 * page: 404 outside {@code /api/v1}, and 503 inside it, because an API path only reaches this
 * servlet while the REST runtime is not serving (the platform is starting, or rebuilding the
 * API after a configuration change). The process is alive all the same: liveness answers 200.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("samverka-not-found")
public final class NotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals(ApiPaths.BASE + "/health/live") && "GET".equals(request.getMethod())) {
            response.setStatus(200);
            response.setContentType("application/json");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.getWriter().write(LivenessResource.ALIVE);
            return;
        }
        if (path.equals(ApiPaths.BASE) || path.startsWith(ApiPaths.BASE + "/")) {
            response.setHeader("Retry-After", "1");
            write(response, 503, "Service Unavailable",
                    "The API is not serving yet: Samverka is starting, or applying a configuration change. Try again in a moment.");
        } else {
            write(response, 404, "Not Found", "There is nothing at this path. The API lives under /api/v1; try GET /api/v1/health.");
        }
    }

    private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(ApiProblem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getWriter().write(ProblemResponses.document(status, ApiProblem.TYPE_BLANK, title, detail, List.of()));
    }
}

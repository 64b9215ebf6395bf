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
import org.samverka.api.rest.ApiProblem;

/** Answers every path outside the API with a 404 problem document instead of Jetty's HTML page. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("samverka-not-found")
public final class NotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(404);
        response.setContentType(ApiProblem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ProblemResponses.document(404, ApiProblem.TYPE_BLANK, "Not Found",
                "There is nothing at this path. The API lives under /api/v1; try GET /api/v1/health.", List.of()));
    }
}

package org.samverka.http.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.ByteBufferOutputStream;

/**
 * The servlet context's error handler: errors inside the context that no servlet answered with
 * a body of its own, such as an ambiguous path refused before dispatch (400), a path no servlet
 * is registered for yet (404, which on an API path means the REST runtime is not up: 503), a
 * servlet's {@code sendError} without a body, or a servlet that threw (503: it happens while a
 * module is being replaced). Jetty's default would show the exception's class and stack.
 */
final class ServletProblemErrorHandler extends ErrorHandler {

    ServletProblemErrorHandler() {
        setCacheControl("no-store");
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        boolean servletFailed = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null;
        Problem problem = Problem.of(code, request.getRequestURI(), message, servletFailed);
        response.setStatus(problem.status());
        problem.headers().forEach(response::setHeader);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // As Jetty's own pages do: into the response's aggregate buffer, completed asynchronously.
        ByteBuffer buffer = baseRequest.getServletContextResponse().getHttpOutput().getByteBuffer();
        try (ByteBufferOutputStream out = new ByteBufferOutputStream(buffer)) {
            out.write(problem.json().getBytes(StandardCharsets.UTF_8));
        }
        baseRequest.getServletChannel().sendErrorResponseAndComplete();
    }
}

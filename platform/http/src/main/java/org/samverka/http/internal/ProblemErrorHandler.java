package org.samverka.http.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's error handler: what Jetty answers before a request reaches any context, such as
 * a header block over the limit (431), an address over the limit (414), an unreadable request
 * line (400) or an HTTP version it does not speak (505). Jetty's own page is HTML or a JSON of
 * its own making, chosen by {@code Accept}; this one is always problem+json.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String message = (String) request.getAttribute(ERROR_MESSAGE);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException http) {
            status = http.getCode();
            message = message == null ? http.getReason() : message;
        }
        Problem problem = Problem.of(status, pathOf(request), message, false);
        response.setStatus(problem.status());
        problem.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if ("HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.write(true, ByteBuffer.wrap(problem.json().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
        Problem problem = Problem.of(status, null, reason, false);
        problem.headers().forEach(fields::put);
        return ByteBuffer.wrap(problem.json().getBytes(StandardCharsets.UTF_8));
    }

    private static String pathOf(Request request) {
        try {
            return request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}

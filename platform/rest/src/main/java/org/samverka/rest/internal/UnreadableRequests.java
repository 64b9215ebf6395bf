package org.samverka.rest.internal;

import java.io.EOFException;
import java.util.Optional;

import org.eclipse.jetty.http.HttpException;
import org.samverka.api.rest.ApiProblem;

/**
 * Failures that are the client's, not the server's, though they surface as exceptions while a
 * resource reads the request: a body that stopped before its announced end (the client went
 * away, or its chunked encoding is broken), a body that arrived slower than the minimum data
 * rate. They answer 400 or 408 and are logged in one line; anyone can cause them at will, so a
 * stack trace each time would let anyone flood the log.
 */
final class UnreadableRequests {

    private UnreadableRequests() {
    }

    static Optional<ApiProblem> problemOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http.getCode() == 408 ? tooSlow() : new ApiProblem(http.getCode(), ApiProblem.TYPE_BLANK,
                        "Bad Request", "The request body ended before it was complete, or its encoding is malformed; "
                                + "send it again whole.", java.util.List.of()));
            }
            if (cause instanceof java.util.concurrent.TimeoutException) {
                return Optional.of(tooSlow());
            }
            if (cause instanceof EOFException) {
                return Optional.of(ApiProblem.badRequest("The request body ended before it was complete; send it again whole."));
            }
        }
        return Optional.empty();
    }

    private static ApiProblem tooSlow() {
        return new ApiProblem(408, ApiProblem.TYPE_BLANK, "Request Timeout",
                "The request body stopped arriving before it was complete; send it again at a steady pace.",
                java.util.List.of());
    }
}

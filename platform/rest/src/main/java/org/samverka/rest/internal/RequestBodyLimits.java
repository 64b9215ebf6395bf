package org.samverka.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.rest.ApiProblem;

/**
 * What a request body may cost the server. Its size: 413 at once when Content-Length says it is
 * over the limit, and while reading when a chunked body grows past it. Its pace: once the grace
 * period has passed, a body must arrive at the minimum average rate, or it is refused with 408
 * and its thread is free again; a client dripping one byte a second cannot hold a thread for
 * ever, as the idle time-out alone would let it.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RestConfig.PID)
@JakartarsExtension
@JakartarsName("samverka.limit.body")
@PreMatching
public final class RequestBodyLimits implements ContainerRequestFilter {

    private final long maxBytes;
    private final long minBytesPerSecond;
    private final long graceNanos;

    @Activate
    public RequestBodyLimits(RestConfig config) {
        this.maxBytes = config.maxBodyBytes();
        this.minBytesPerSecond = Math.max(0, config.minBodyBytesPerSecond());
        this.graceNanos = Math.max(0, config.bodyRateGraceSeconds()) * 1_000_000_000L;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream()));
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, ApiProblem.TYPE_BLANK, "Content Too Large",
                "The request body is larger than the limit of " + maxBytes + " bytes.", List.of());
    }

    private ApiProblem tooSlow() {
        return new ApiProblem(408, ApiProblem.TYPE_BLANK, "Request Timeout", "The request body arrived slower than "
                + minBytesPerSecond + " bytes a second; nothing was changed. Send it again at a steady pace.", List.of());
    }

    private final class LimitedStream extends FilterInputStream {
        private final long started = System.nanoTime();
        private long read;

        LimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b >= 0 ? 1 : 0);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge();
            }
            long elapsed = System.nanoTime() - started;
            if (minBytesPerSecond > 0 && elapsed > graceNanos && read < minBytesPerSecond * elapsed / 1_000_000_000L) {
                throw tooSlow();
            }
        }
    }
}

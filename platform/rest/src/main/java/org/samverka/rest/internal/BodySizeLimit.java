package org.samverka.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.rest.ApiProblem;

/**
 * Refuses request bodies over the configured limit with 413: at once when Content-Length says
 * so, and while reading when a chunked body grows past it.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RestConfig.PID)
@JakartarsExtension
@JakartarsName("samverka.limit.body")
@PreMatching
public final class BodySizeLimit implements ContainerRequestFilter {

    private final long maxBytes;

    @Activate
    public BodySizeLimit(RestConfig config) {
        this.maxBytes = config.maxBodyBytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, ApiProblem.TYPE_BLANK, "Content Too Large",
                "The request body is larger than the limit of " + maxBytes + " bytes.", java.util.List.of());
    }

    private final class LimitedStream extends FilterInputStream {
        private long remaining;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            remaining -= n;
            if (remaining < 0) {
                throw tooLarge();
            }
        }
    }
}

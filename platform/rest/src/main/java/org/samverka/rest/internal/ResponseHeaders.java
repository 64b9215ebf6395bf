package org.samverka.rest.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Headers every API response carries: API data is never cached by browsers or proxies and never
 * sniffed as another content type.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("samverka.headers")
public final class ResponseHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (response.getMediaType() != null && response.getMediaType().isCompatible(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE)) {
            headers.putSingle("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:");
        }
    }
}

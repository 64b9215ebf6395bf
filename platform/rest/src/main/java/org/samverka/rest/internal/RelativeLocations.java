package org.samverka.rest.internal;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.server.ServerProperties;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Keeps a {@code Location} header as the resource wrote it, {@code /api/v1/regions/jamtland}.
 * Jersey would otherwise make it absolute with the host from the request's {@code Host} header,
 * which any client sets as it likes: a 201 must not send a browser to a host an attacker chose.
 * RFC 9110 allows a relative reference, and it stays right behind a reverse proxy.
 */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("samverka.relative-locations")
public final class RelativeLocations implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, Boolean.TRUE);
        return true;
    }
}

package org.samverka.security.internal;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Last thing for every request: CORS headers for allowed origins, the id of a created entity
 * into its audit entry, and the request's caller forgotten.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("samverka.response-finisher")
public final class ResponseFinisher implements ContainerResponseFilter {

    private final RequestScope scope;
    private final CorsPolicy cors;
    private final AuditLog log;

    @Activate
    public ResponseFinisher(@Reference RequestScope scope, @Reference CorsPolicy cors, @Reference AuditLog log) {
        this.scope = scope;
        this.cors = cors;
        this.log = log;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            String origin = request.getHeaderString("Origin");
            if (cors.allows(origin)) {
                response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
                response.getHeaders().add(HttpHeaders.VARY, "Origin");
                response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag, Location");
            }
            recordCreatedEntity(response);
        } finally {
            scope.end();
        }
    }

    /** A POST learns its entity's id only from the Location it answers with. */
    private void recordCreatedEntity(ContainerResponseContext response) {
        PendingAudit pending = scope.pendingAudit();
        URI location = response.getLocation();
        if (pending == null || pending.entryId == null || pending.entryId < 0 || pending.entityId != null || location == null) {
            return;
        }
        String path = location.getPath();
        log.nameCreatedEntity(pending.entryId, path.substring(path.lastIndexOf('/') + 1));
    }
}

package org.samverka.api.rest;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Responses for updatable resources, carrying the version as a strong {@code ETag}. */
public final class VersionedResponses {

    private VersionedResponses() {
    }

    /** 200 with the entity and its ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(tag(version)).build();
    }

    /** 201 with the new entity, its location and its ETag. */
    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).entity(entity).tag(tag(version)).build();
    }

    public static EntityTag tag(long version) {
        return new EntityTag(IfMatch.tagOf(version));
    }
}

package org.samverka.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.SamverkaResource;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 document of the endpoints serving now, the
 * platform's and the running plugins' ({@link OpenApiDocument}). Any signed-in caller or token
 * may read it.
 */
@Component(service = OpenApiResource.class)
@SamverkaResource
@Path("openapi.json")
public final class OpenApiResource {

    private final OpenApiDocument document;

    @Activate
    public OpenApiResource(@Reference OpenApiDocument document) {
        this.document = document;
    }

    /** @return 200 with the document */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode document() {
        return document.document();
    }
}

package org.samverka.plugin.lifecycle;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Access;

/**
 * {@code /api/v1/regions/{regionId}/lifecycle/personas}: the region's target groups. The whole
 * region's municipalities may read them; writing them is the region's.
 */
@Component(service = PersonasResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + LifecycleModule.ID + "/personas")
@Produces(MediaType.APPLICATION_JSON)
public final class PersonasResource {

    private final RegionDataStore store;

    @Activate
    public PersonasResource(@Reference RegionDataStore store) {
        this.store = store;
    }

    /** 200: the personas, oldest first. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public List<Persona> list(@PathParam(ApiPaths.REGION_ID) String regionId) {
        return store.personas(regionId);
    }

    /** 201 with Location and ETag; 400. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.REGION_ID) String regionId, Persona.Input body) {
        Persona persona = store.createPersona(regionId, Validation.requireBody(body).validated());
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/lifecycle/personas/"
                + persona.id()), persona, persona.version());
    }

    /** 200 with ETag; 404. */
    @GET
    @Path("{personaId}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("personaId") long id) {
        Persona persona = store.persona(regionId, id);
        return VersionedResponses.ok(persona, persona.version());
    }

    /** 200 with the new ETag; 400; 404; 412; 428. */
    @PUT
    @Path("{personaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("personaId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Persona.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Persona persona = store.replacePersona(regionId, id, precondition, Validation.requireBody(body).validated());
        return VersionedResponses.ok(persona, persona.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{personaId}")
    public Response delete(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("personaId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.deletePersona(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}

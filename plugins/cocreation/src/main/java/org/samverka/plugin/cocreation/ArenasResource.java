package org.samverka.plugin.cocreation;

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

/**
 * {@code /api/v1/municipalities/{municipalityId}/cocreation/arenas}: long-lived participation spaces,
 * the projects they hold, and who took part in them, how — the participation reach.
 */
@Component(service = ArenasResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/arenas")
@Produces(MediaType.APPLICATION_JSON)
public final class ArenasResource {

    private final ArenaStore arenas;

    @Activate
    public ArenasResource(@Reference ArenaStore arenas) {
        this.arenas = arenas;
    }

    /** 200: the municipality's arenas with their projects and reach. */
    @GET
    public List<Arena> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId) {
        return arenas.list(municipalityId);
    }

    /** 201 with {@code Location} and {@code ETag}; 400. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, Arena.Input body) {
        Arena arena = arenas.create(municipalityId, ArenaStore.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/cocreation/arenas/"
                + arena.id()), arena, arena.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{arenaId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("arenaId") long id) {
        Arena arena = arenas.get(municipalityId, id);
        return VersionedResponses.ok(arena, arena.version());
    }

    /** 200; 400; 404; 412; 428. */
    @PUT
    @Path("{arenaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("arenaId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Arena.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Arena arena = arenas.replace(municipalityId, id, precondition, ArenaStore.check(Validation.requireBody(body)));
        return VersionedResponses.ok(arena, arena.version());
    }

    /** 204 (its projects stay, outside any arena); 404; 412; 428. */
    @DELETE
    @Path("{arenaId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("arenaId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        arenas.delete(municipalityId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 200: every occasion of participation, by date. */
    @GET
    @Path("{arenaId}/participation")
    public List<Arena.Participation> participation(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @PathParam("arenaId") long id) {
        return arenas.participation(municipalityId, id);
    }

    /** 201: an occasion recorded (counts only, no names); 400 naming every bad field; 404. */
    @POST
    @Path("{arenaId}/participation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addParticipation(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("arenaId") long id,
            Arena.ParticipationInput body) {
        Arena.Participation p = arenas.addParticipation(municipalityId, id, arenas.check(Validation.requireBody(body)));
        return Response.status(201).entity(p).build();
    }

    /** 204; 404. */
    @DELETE
    @Path("{arenaId}/participation/{participationId}")
    public Response removeParticipation(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("arenaId") long id,
            @PathParam("participationId") long participationId) {
        arenas.removeParticipation(municipalityId, id, participationId);
        return Response.noContent().build();
    }
}

package org.samverka.plugin.positioning;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Access;

/** {@code /api/v1/regions/{regionId}/positioning/arenas}: meeting places with their occurrences, hosts and participants (the region's reference arenas included). */
@Component(service = ArenasResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/arenas")
@Produces(MediaType.APPLICATION_JSON)
public final class ArenasResource {

    private final CoActionStore coaction;

    @Activate
    public ArenasResource(@Reference CoActionStore coaction) {
        this.coaction = coaction;
    }

    /** 200. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Object list(@PathParam(ApiPaths.REGION_ID) String regionId) {
        return coaction.arenas(regionId);
    }

    /** 201 with {@code Location} and {@code ETag}; 400 naming every bad field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.REGION_ID) String regionId, CoAction.ArenaInput body) {
        CoAction.Arena created = coaction.createArena(regionId, CoActionStore.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/positioning/arenas/" + created.id()), created,
                created.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{id}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id) {
        CoAction.Arena found = coaction.arena(regionId, id);
        return VersionedResponses.ok(found, found.version());
    }

    /** 200; 400; 404; 412 when stale; 428 without {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, CoAction.ArenaInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        CoAction.Arena changed = coaction.replaceArena(regionId, id, precondition, CoActionStore.check(Validation.requireBody(body)));
        return VersionedResponses.ok(changed, changed.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        coaction.deleteArena(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 201: an occurrence (year, theme, dates, hosts and participants: people of the region); 400; 404. */
    @POST
    @Path("{id}/occurrences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOccurrence(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long arenaId,
            CoAction.OccurrenceInput body) {
        CoAction.Occurrence o = coaction.createOccurrence(regionId, arenaId, coaction.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/positioning/arenas/" + arenaId
                + "/occurrences/" + o.id()), o, o.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{id}/occurrences/{occurrenceId}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response occurrence(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long arenaId,
            @PathParam("occurrenceId") long id) {
        CoAction.Occurrence o = coaction.occurrence(regionId, arenaId, id);
        return VersionedResponses.ok(o, o.version());
    }

    /** 200; 400; 404; 412; 428. */
    @PUT
    @Path("{id}/occurrences/{occurrenceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceOccurrence(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long arenaId,
            @PathParam("occurrenceId") long id, @HeaderParam(IfMatch.HEADER) String ifMatch, CoAction.OccurrenceInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        CoAction.Occurrence o = coaction.replaceOccurrence(regionId, arenaId, id, precondition, coaction.check(Validation.requireBody(body)));
        return VersionedResponses.ok(o, o.version());
    }

    /** 204 (its commitments go with it); 404; 412; 428. */
    @DELETE
    @Path("{id}/occurrences/{occurrenceId}")
    public Response deleteOccurrence(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long arenaId,
            @PathParam("occurrenceId") long id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        coaction.deleteOccurrence(regionId, arenaId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}

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

/** {@code /api/v1/regions/{regionId}/positioning/commitments}: commitments made at an occurrence and their follow-up (promised → delivered). The region's municipalities add and follow them up. */
@Component(service = CommitmentsResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/commitments")
@Produces(MediaType.APPLICATION_JSON)
public final class CommitmentsResource {

    private final CoActionStore coaction;

    @Activate
    public CommitmentsResource(@Reference CoActionStore coaction) {
        this.coaction = coaction;
    }

    /** 200. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Object list(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("status") String status, @QueryParam("municipality") String municipalityId) {
        return listing(regionId, status, municipalityId);
    }

    /** 201 with {@code Location} and {@code ETag}; 400 naming every bad field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response create(@PathParam(ApiPaths.REGION_ID) String regionId, CoAction.CommitmentInput body) {
        CoAction.Commitment created = coaction.createCommitment(regionId, CoActionStore.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/positioning/commitments/" + created.id()), created,
                created.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{id}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id) {
        CoAction.Commitment found = coaction.commitment(regionId, id);
        return VersionedResponses.ok(found, found.version());
    }

    /** 200; 400; 404; 412 when stale; 428 without {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, CoAction.CommitmentInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        CoAction.Commitment changed = coaction.replaceCommitment(regionId, id, precondition, CoActionStore.check(Validation.requireBody(body)));
        return VersionedResponses.ok(changed, changed.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{id}")
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response delete(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        coaction.deleteCommitment(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** The commitments and how many of them were delivered: from conversation to co-action, made measurable. */
    public record Listing(List<CoAction.Commitment> items, CoAction.FollowUp followUp) {
    }

    private Listing listing(String regionId, String status, String municipalityId) {
        if (status != null && !CoAction.STATUSES.contains(status)) {
            throw ApiProblem.invalid("status", "must be one of " + CoAction.STATUSES);
        }
        List<CoAction.Commitment> all = coaction.commitments(regionId, null, municipalityId);
        return new Listing(status == null ? all : all.stream().filter(c -> c.status().equals(status)).toList(), CoActionStore.followUp(all));
    }
}

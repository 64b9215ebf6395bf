package org.samverka.plugin.portfolio;

import java.time.LocalDate;
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
 * {@code …/portfolio/programmes/{programmeId}/carrying-on}: what lets the municipality carry on
 * alone — groups and meeting places with their meetings, roles in place, people trained — and the
 * readiness to continue computed from it.
 */
@Component(service = CarryingOnResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + PortfolioModule.ID + "/programmes/{programmeId}/carrying-on")
@Produces(MediaType.APPLICATION_JSON)
public final class CarryingOnResource {

    private final ContinuityStore store;
    private final PortfolioStore portfolio;

    @Activate
    public CarryingOnResource(@Reference ContinuityStore store, @Reference PortfolioStore portfolio) {
        this.store = store;
        this.portfolio = portfolio;
    }

    /** 200: the groups and meeting places with their meetings. */
    @GET
    @Path("groups")
    public List<Continuity.Circle> groups(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId) {
        return store.circles(municipalityId, programmeId);
    }

    /** 201: a group or meeting place ({@code kind} GROUP or MEETING_PLACE); 400; 404. */
    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createGroup(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            Continuity.CircleInput body) {
        Continuity.Circle c = store.createCircle(municipalityId, programmeId, ContinuityValidation.check(Validation.requireBody(body)));
        return Response.status(201).entity(c).build();
    }

    /** 204 with its meetings; 404; 412; 428. */
    @DELETE
    @Path("groups/{groupId}")
    public Response deleteGroup(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("groupId") long id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.deleteCircle(municipalityId, programmeId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 201 with the group: a meeting (date, how many came, whether the programme lead was there); 400; 404. */
    @POST
    @Path("groups/{groupId}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMeeting(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("groupId") long id, Continuity.MeetingInput body) {
        return Response.status(201).entity(store.addMeeting(municipalityId, programmeId, id,
                ContinuityValidation.check(Validation.requireBody(body)))).build();
    }

    /** 200 with {@code ETag} (the programme's version): roles in place and people trained. */
    @GET
    @Path("capacity")
    public Response capacity(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId) {
        Continuity.Capacity c = store.capacity(municipalityId, programmeId);
        return VersionedResponses.ok(c, c.version());
    }

    /** 200: roles and people trained replaced through the programme's version; 400; 404; 412; 428. */
    @PUT
    @Path("capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setCapacity(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Continuity.CapacityInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Continuity.Capacity c = store.setCapacity(municipalityId, programmeId, precondition, ContinuityValidation.check(Validation.requireBody(body)));
        return VersionedResponses.ok(c, c.version());
    }

    /** 200: readiness to continue at month 36, from the evidence: READY, PARTLY or NOT_YET, with what is missing. */
    @GET
    @Path("readiness")
    public Readiness readiness(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId) {
        return Readiness.of(portfolio.programme(municipalityId, programmeId), store.circles(municipalityId, programmeId),
                store.capacity(municipalityId, programmeId).roles(), LocalDate.now());
    }
}

package org.samverka.plugin.portfolio;

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

/** {@code …/portfolio/programmes/{programmeId}/risks}: the risk log of the programme and its projects. */
@Component(service = RisksResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + PortfolioModule.ID + "/programmes/{programmeId}/risks")
@Produces(MediaType.APPLICATION_JSON)
public final class RisksResource {

    private final ContinuityStore store;

    @Activate
    public RisksResource(@Reference ContinuityStore store) {
        this.store = store;
    }

    /** 200. */
    @GET
    public List<Continuity.Risk> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId) {
        return store.risks(municipalityId, programmeId);
    }

    /** 201; 400 naming every bad field (a project not of the programme too); 404. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            Continuity.RiskInput body) {
        Continuity.Risk r = store.createRisk(municipalityId, programmeId, ContinuityValidation.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/portfolio/programmes/" + programmeId
                + "/risks/" + r.id()), r, r.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{id}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("id") long id) {
        Continuity.Risk r = store.risk(municipalityId, programmeId, id);
        return VersionedResponses.ok(r, r.version());
    }

    /** 200; 400; 404; 412; 428. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("id") long id, @HeaderParam(IfMatch.HEADER) String ifMatch, Continuity.RiskInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Continuity.Risk r = store.replaceRisk(municipalityId, programmeId, id, precondition, ContinuityValidation.check(Validation.requireBody(body)));
        return VersionedResponses.ok(r, r.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("id") long id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.deleteRisk(municipalityId, programmeId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}

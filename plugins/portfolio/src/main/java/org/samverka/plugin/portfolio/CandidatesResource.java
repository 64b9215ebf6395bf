package org.samverka.plugin.portfolio;

import java.net.URI;
import java.util.Comparator;
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

/** {@code …/portfolio/programmes/{programmeId}/candidates}: the selection board — candidate ideas gathered with all actors, assessed, and decided with who, when and why; best assessed first. */
@Component(service = CandidatesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + PortfolioModule.ID + "/programmes/{programmeId}/candidates")
@Produces(MediaType.APPLICATION_JSON)
public final class CandidatesResource {

    private final PortfolioStore store;

    @Activate
    public CandidatesResource(@Reference PortfolioStore store) {
        this.store = store;
    }

    /** 200. */
    @GET
    public List<Portfolio.Candidate> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId) {
        return store.candidates(municipalityId, programmeId).stream().sorted(Comparator.comparing((Portfolio.Candidate c) -> c.assessment().total()).reversed()).toList();
    }

    /** 201 with {@code Location} and {@code ETag}; 400 naming every bad field; 404 for another municipality's programme. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId, Portfolio.CandidateInput body) {
        Portfolio.Candidate created = store.createCandidate(municipalityId, programmeId, PortfolioValidation.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/portfolio/programmes/"
                + programmeId + "/candidates/" + created.id()), created, created.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{id}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("id") long id) {
        Portfolio.Candidate found = store.candidate(municipalityId, programmeId, id);
        return VersionedResponses.ok(found, found.version());
    }

    /** 200; 400; 404; 412; 428. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("id") long id, @HeaderParam(IfMatch.HEADER) String ifMatch, Portfolio.CandidateInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Portfolio.Candidate changed = store.replaceCandidate(municipalityId, programmeId, id, precondition, PortfolioValidation.check(Validation.requireBody(body)));
        return VersionedResponses.ok(changed, changed.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("id") long id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.deleteCandidate(municipalityId, programmeId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /**
     * 200 with the candidate: the decision (GO, NOT_NOW or NO) with who, when and why, through the
     * candidate's version; GO puts a project into the portfolio (once). 400; 404; 412; 428.
     */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("id") long id, @HeaderParam(IfMatch.HEADER) String ifMatch, Portfolio.DecisionInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Portfolio.Candidate c = store.decide(municipalityId, programmeId, id, precondition, PortfolioValidation.check(Validation.requireBody(body)));
        return VersionedResponses.ok(c, c.version());
    }
}

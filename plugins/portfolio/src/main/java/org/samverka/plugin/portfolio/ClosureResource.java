package org.samverka.plugin.portfolio;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
 * {@code …/programmes/{programmeId}/projects/{projectId}/closure}: what a completed or stopped
 * project learned, whether the work lives on, and whether the municipality opts it into the
 * region's library (only then do other municipalities see it).
 */
@Component(service = ClosureResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + PortfolioModule.ID + "/programmes/{programmeId}/projects/{projectId}/closure")
@Produces(MediaType.APPLICATION_JSON)
public final class ClosureResource {

    private final ContinuityStore store;
    private final PortfolioStore portfolio;

    @Activate
    public ClosureResource(@Reference ContinuityStore store, @Reference PortfolioStore portfolio) {
        this.store = store;
        this.portfolio = portfolio;
    }

    /** 200 with the project, through its version; 400 (sharing a project that is not completed or stopped); 404; 412; 428. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("programmeId") long programmeId,
            @PathParam("projectId") long projectId, @HeaderParam(IfMatch.HEADER) String ifMatch, Continuity.ClosureInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        store.close(municipalityId, programmeId, projectId, precondition, ContinuityValidation.check(Validation.requireBody(body)));
        Portfolio.Project p = portfolio.project(municipalityId, programmeId, projectId);
        return VersionedResponses.ok(p, p.version());
    }
}

package org.samverka.plugin.cocreation;


import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
 * {@code /api/v1/municipalities/{municipalityId}/cocreation/guide}: the municipality's own version
 * of the guide — gating and checklists — with the workshop methods that fit each step.
 */
@Component(service = MunicipalGuideResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/guide")
@Produces(MediaType.APPLICATION_JSON)
public final class MunicipalGuideResource {

    private final MunicipalGuideStore municipal;

    @Activate
    public MunicipalGuideResource(@Reference MunicipalGuideStore municipal) {
        this.municipal = municipal;
    }

    /** 200 with {@code ETag}: the municipality's guide (version 0: the suggestion, gating WARN). */
    @GET
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId) {
        MunicipalGuide g = municipal.get(municipalityId);
        return VersionedResponses.ok(g, g.version());
    }

    /** 200: gating and every step's checklist replaced; 400 naming every bad field; 412 when stale ({@code "0"} the first time); 428. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @HeaderParam(IfMatch.HEADER) String ifMatch,
            MunicipalGuide.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        MunicipalGuide g = municipal.replace(municipalityId, precondition, municipal.check(Validation.requireBody(body)));
        return VersionedResponses.ok(g, g.version());
    }
}

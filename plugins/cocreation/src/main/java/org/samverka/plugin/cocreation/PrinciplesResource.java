package org.samverka.plugin.cocreation;

import jakarta.ws.rs.Consumes;
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
import org.samverka.api.security.Caller;
import org.samverka.api.security.CallerContext;

/** {@code /api/v1/municipalities/{municipalityId}/cocreation/principles}: principles as a self-assessment, with history. */
@Component(service = PrinciplesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/principles")
@Produces(MediaType.APPLICATION_JSON)
public final class PrinciplesResource {

    private final PrinciplesStore principles;
    private final CallerContext caller;

    @Activate
    public PrinciplesResource(@Reference PrinciplesStore principles, @Reference CallerContext caller) {
        this.principles = principles;
        this.caller = caller;
    }

    /** 200 with {@code ETag}: the list (version 0: Samverka's suggestion), each with its latest score and history. */
    @GET
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId) {
        Principles p = principles.get(municipalityId);
        return VersionedResponses.ok(p, p.version());
    }

    /** 200: the list replaced (scores of a principle kept under its id); 400; 412 ({@code "0"} the first time); 428. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @HeaderParam(IfMatch.HEADER) String ifMatch,
            Principles.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Principles p = principles.replace(municipalityId, precondition, principles.check(Validation.requireBody(body)));
        return VersionedResponses.ok(p, p.version());
    }

    /** 201: a score from 1 to 5 with an optional comment, added to the principle's history; 400; 404. */
    @POST
    @Path("{principleId}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("principleId") String id,
            Principles.ScoreInput body) {
        Principles.ScoreInput in = Validation.requireBody(body);
        var check = new Validation();
        check.check(in.score() != null && in.score() >= 1 && in.score() <= 5, "score", "must be 1 to 5");
        String comment = check.optionalText("comment", in.comment(), 2000);
        check.throwIfInvalid();
        Principles.Score score = principles.assess(municipalityId, id, in.score(), comment, caller.current().map(Caller::tokenName).orElse(null));
        return Response.status(201).entity(score).build();
    }
}

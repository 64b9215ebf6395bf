package org.samverka.plugin.workshop;

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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.storage.ConflictException;

/**
 * {@code …/workshop/workshops/{workshopId}/outputs}: notes, ideas and their votes, insights and
 * decisions; the ideas ranked by the votes; a decision turned into a lifecycle action.
 */
@Component(service = OutputsResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + WorkshopModule.ID + "/workshops/{workshopId}/outputs")
@Produces(MediaType.APPLICATION_JSON)
public final class OutputsResource {

    /** Everything that came out, and the ideas in the order the votes give. */
    public record Outputs(List<Output> items, List<Output> rankedIdeas) {
    }

    /** Dot votes to add (or, negative, take back): 1 to 10 either way. */
    public record Votes(Integer dots) {
    }

    private final OutputStore outputs;

    /** There only while a module that takes actions (lifecycle mapping) is running. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DecisionActions actions;

    @Activate
    public OutputsResource(@Reference OutputStore outputs) {
        this.outputs = outputs;
    }

    @GET
    public Outputs list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long workshopId) {
        List<Output> all = outputs.list(municipalityId, workshopId);
        return new Outputs(all, Ranking.ideas(all));
    }

    /** 201 with {@code ETag}; 400 naming every bad field; 404 no such workshop. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long workshopId,
            OutputInput body) {
        Output created = outputs.create(municipalityId, workshopId, validated(body));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/workshop/workshops/"
                + workshopId + "/outputs/" + created.id()), created, created.version());
    }

    @GET
    @Path("{outputId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long workshopId,
            @PathParam("outputId") long id) {
        Output output = outputs.get(municipalityId, workshopId, id);
        return VersionedResponses.ok(output, output.version());
    }

    /** 200; 400; 404; 412; 428. The supervote is given or taken back here. */
    @PUT
    @Path("{outputId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long workshopId,
            @PathParam("outputId") long id, @HeaderParam(IfMatch.HEADER) String ifMatch, OutputInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Output changed = outputs.replace(municipalityId, workshopId, id, precondition, validated(body));
        return VersionedResponses.ok(changed, changed.version());
    }

    @DELETE
    @Path("{outputId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long workshopId,
            @PathParam("outputId") long id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        outputs.delete(municipalityId, workshopId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 200 with the idea's dots; 400; 404; 409 when it is not an idea. Votes cast at the same moment all count. */
    @POST
    @Path("{outputId}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Output vote(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long workshopId,
            @PathParam("outputId") long id, Votes body) {
        Votes in = Validation.requireBody(body);
        var check = new Validation();
        check.check(in.dots() != null && in.dots() != 0 && Math.abs(in.dots()) <= 10, "dots", "must be 1 to 10, or -1 to -10 to take back");
        check.throwIfInvalid();
        return outputs.vote(municipalityId, workshopId, id, in.dots());
    }

    /**
     * 201 with the {@code Location} of the lifecycle action the decision became; 400; 404; 409 when
     * it is not a decision, became an action already, or lifecycle mapping is not running or not used.
     */
    @POST
    @Path("{outputId}/action")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response toAction(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long workshopId,
            @PathParam("outputId") long id, DecisionActions.ActionInput body) {
        DecisionActions.ActionInput in = Validation.requireBody(body);
        Output decision = outputs.get(municipalityId, workshopId, id);
        if (!decision.kind().equals("DECISION")) {
            throw new ConflictException("Only decisions become actions; output " + id + " is a " + decision.kind().toLowerCase() + ".");
        }
        if (decision.actionPath() != null) {
            throw new ConflictException("This decision became an action already: " + decision.actionPath());
        }
        DecisionActions taker = actions;
        if (taker == null) {
            throw new ConflictException("A decision becomes an action of the lifecycle mapping module, which is not running on "
                    + "this platform right now; the decision is kept.");
        }
        String path = taker.toAction(decision, in);
        if (!outputs.recordAction(id, path)) {
            throw new ConflictException("This decision became an action at the same moment in another request.");
        }
        return Response.created(URI.create(path)).build();
    }

    private static OutputInput validated(OutputInput body) {
        OutputInput in = Validation.requireBody(body);
        var check = new Validation();
        check.check(in.kind() != null && Output.KINDS.contains(in.kind()), "kind", "must be one of " + Output.KINDS);
        String text = check.requiredText("text", in.text(), 2000);
        String phase = check.optionalText("phase", in.phase(), 20);
        check.check(phase == null || WorkshopValidation.PHASES.contains(phase), "phase", "must be one of " + WorkshopValidation.PHASES);
        check.check(!Boolean.TRUE.equals(in.supervote()) || "IDEA".equals(in.kind()), "supervote", "is given to ideas only");
        check.throwIfInvalid();
        return new OutputInput(in.kind(), text, phase, in.supervote());
    }
}

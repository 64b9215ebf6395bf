package org.samverka.plugin.workshop;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * {@code …/workshop/workshops/{workshopId}/prototypes}: prototypes, the test sessions with real
 * people (pseudonymous), and the test day's grid with its patterns and the verdict it suggests.
 */
@Component(service = PrototypesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + WorkshopModule.ID + "/workshops/{workshopId}/prototypes")
@Produces(MediaType.APPLICATION_JSON)
public final class PrototypesResource {

    private static final Set<String> ANSWERS = Set.of("YES", "NO", "MAYBE");
    private static final Set<String> REACTIONS = Set.of("POSITIVE", "NEGATIVE", "NEUTRAL");
    private static final int MAX_LINES = 30;

    private final PrototypeStore store;

    @Activate
    public PrototypesResource(@Reference PrototypeStore store) {
        this.store = store;
    }

    @GET
    public List<Prototype> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w) {
        return store.list(m, w);
    }

    /** 201 with {@code ETag}; 400 naming every bad field; 404 no such workshop. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w, Prototype.Input body) {
        Prototype p = store.create(m, w, validated(body));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + m + "/workshop/workshops/" + w + "/prototypes/"
                + p.id()), p, p.version());
    }

    @GET
    @Path("{prototypeId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w, @PathParam("prototypeId") long id) {
        Prototype p = store.get(m, w, id);
        return VersionedResponses.ok(p, p.version());
    }

    /** 200; 400; 404; 412; 428. The team's verdict ({@code summary}) is set here. */
    @PUT
    @Path("{prototypeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w, @PathParam("prototypeId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Prototype.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Prototype p = store.replace(m, w, id, precondition, validated(body));
        return VersionedResponses.ok(p, p.version());
    }

    @DELETE
    @Path("{prototypeId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w, @PathParam("prototypeId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.delete(m, w, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{prototypeId}/sessions")
    public List<Prototype.Session> sessions(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w,
            @PathParam("prototypeId") long id) {
        return store.sessions(m, w, id);
    }

    /**
     * 201: a test session; 400 when a mark is not one of the allowed, when there are not as many
     * answers as questions and reactions as steps, or without the tester's consent.
     */
    @POST
    @Path("{prototypeId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSession(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w,
            @PathParam("prototypeId") long id, Prototype.SessionInput body) {
        Prototype.SessionInput in = Validation.requireBody(body);
        Prototype prototype = store.get(m, w, id);
        var check = new Validation();
        String code = check.requiredText("testerCode", in.testerCode(), 20);
        check.check(Boolean.TRUE.equals(in.consent()), "consent", "must be true: the tester agreed to take part and to what is kept");
        List<String> answers = in.answers() == null ? List.of() : in.answers();
        List<String> reactions = in.reactions() == null ? List.of() : in.reactions();
        check.check(answers.size() == prototype.questions().size(), "answers", "one per question: " + prototype.questions().size());
        check.check(reactions.size() == prototype.steps().size(), "reactions", "one per step: " + prototype.steps().size());
        for (int i = 0; i < answers.size(); i++) {
            check.check(ANSWERS.contains(answers.get(i)), "answers[" + i + "]", "must be one of " + ANSWERS);
        }
        for (int i = 0; i < reactions.size(); i++) {
            check.check(REACTIONS.contains(reactions.get(i)), "reactions[" + i + "]", "must be one of " + REACTIONS);
        }
        String phase = check.optionalText("phase", in.phase(), 20);
        check.check(phase == null || WorkshopValidation.PHASES.contains(phase), "phase", "must be one of " + WorkshopValidation.PHASES);
        Prototype.SessionInput valid = new Prototype.SessionInput(code, check.optionalText("origin", in.origin(), 100),
                check.optionalText("household", in.household(), 100), check.optionalText("occupation", in.occupation(), 100), phase,
                check.optionalText("persona", in.persona(), 200), true, check.date("heldOn", in.heldOn()),
                check.optionalText("notes", in.notes(), 2000), answers, reactions);
        check.throwIfInvalid();
        Prototype.Session session = store.addSession(m, w, id, valid);
        return Response.created(URI.create(ApiPaths.BASE + "/municipalities/" + m + "/workshop/workshops/" + w + "/prototypes/" + id
                + "/sessions/" + session.id())).entity(session).build();
    }

    /** 204: the session and what it held about the tester are erased; 404. */
    @DELETE
    @Path("{prototypeId}/sessions/{sessionId}")
    public Response deleteSession(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w,
            @PathParam("prototypeId") long id, @PathParam("sessionId") long sessionId) {
        store.deleteSession(m, w, id, sessionId);
        return Response.noContent().build();
    }

    /** 200: the test grid, its patterns and the suggested verdict. */
    @GET
    @Path("{prototypeId}/grid")
    public TestGrid grid(@PathParam(ApiPaths.MUNICIPALITY_ID) String m, @PathParam("workshopId") long w, @PathParam("prototypeId") long id) {
        return TestGrid.of(store.get(m, w, id), store.sessions(m, w, id));
    }

    private static Prototype.Input validated(Prototype.Input body) {
        Prototype.Input in = Validation.requireBody(body);
        var check = new Validation();
        String what = check.requiredText("what", in.what(), 500);
        String hypothesis = check.requiredText("hypothesis", in.hypothesis(), 2000);
        String target = check.optionalText("targetGroup", in.targetGroup(), 500);
        String phase = check.optionalText("phase", in.phase(), 20);
        check.check(phase == null || WorkshopValidation.PHASES.contains(phase), "phase", "must be one of " + WorkshopValidation.PHASES);
        String persona = check.optionalText("persona", in.persona(), 200);
        check.check(in.summary() == null || Prototype.SUMMARIES.contains(in.summary()), "summary", "must be one of " + Prototype.SUMMARIES);
        List<String> questions = lines(check, "questions", in.questions());
        List<String> steps = lines(check, "steps", in.steps());
        check.throwIfInvalid();
        return new Prototype.Input(what, hypothesis, target, phase, persona, questions, steps, in.summary());
    }

    private static List<String> lines(Validation check, String field, List<String> lines) {
        List<String> out = new ArrayList<>();
        if (lines == null) {
            return out;
        }
        check.check(lines.size() <= MAX_LINES, field, "at most " + MAX_LINES);
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
            out.add(check.requiredText(field + "[" + i + "]", lines.get(i), 500));
        }
        return out;
    }
}

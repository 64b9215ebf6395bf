package org.samverka.plugin.notes;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.storage.ConflictException;

/**
 * {@code /api/v1/municipalities/{municipalityId}/notes}. The platform has already answered 404
 * when the municipality does not exist or does not use this module.
 */
@Component(service = NotesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + NotesModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public final class NotesResource {

    private final NoteStore notes;

    /** There only while a module that takes actions (lifecycle mapping) is running. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NoteActions actions;

    @Activate
    public NotesResource(@Reference NoteStore notes) {
        this.notes = notes;
    }

    /** 200: a page of the municipality's notes, oldest first; 400 for an offset or limit out of range. */
    @GET
    public Page<Note> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        return notes.list(municipalityId, Paging.of(offset, limit));
    }

    /** 201 with Location and ETag; 400 when the text is missing or too long. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, NoteInput body) {
        Note note = notes.create(municipalityId, Validation.requireBody(body).validated());
        URI location = URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/notes/" + note.id());
        return VersionedResponses.created(location, note, note.version());
    }

    /** 200 with ETag; 404. */
    @GET
    @Path("{noteId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("noteId") long id) {
        Note note = notes.get(municipalityId, id);
        return VersionedResponses.ok(note, note.version());
    }

    /** 200 with the new ETag; 400; 404; 412 stale; 428 no If-Match. */
    @PUT
    @Path("{noteId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("noteId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, NoteInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Note note = notes.replace(municipalityId, id, precondition, Validation.requireBody(body).validated());
        return VersionedResponses.ok(note, note.version());
    }

    /**
     * 201 with the Location of the lifecycle action the note became; 400 naming a bad field; 404;
     * 409 while the lifecycle plugin is not running or the municipality does not use it.
     */
    @POST
    @Path("{noteId}/action")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response toAction(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("noteId") long id,
            NoteActionInput body) {
        NoteActionInput input = Validation.requireBody(body);
        Note note = notes.get(municipalityId, id);
        NoteActions taker = actions;
        if (taker == null) {
            throw new ConflictException("A note becomes an action of the lifecycle mapping module, which is not running "
                    + "on this platform right now; the note is unchanged.");
        }
        return Response.created(URI.create(taker.toAction(note, input))).build();
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{noteId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("noteId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        notes.delete(municipalityId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}

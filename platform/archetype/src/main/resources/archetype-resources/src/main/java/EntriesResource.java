package ${package};

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
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;

/**
 * {@code /api/v1/municipalities/{municipalityId}/${moduleId}}. The platform has already answered
 * 401, 403, or 404 (no such municipality, or the module is not enabled for it) before any of this runs.
 */
@Component(service = EntriesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + PluginModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public final class EntriesResource {

    private final EntryStore entries;

    @Activate
    public EntriesResource(@Reference EntryStore entries) {
        this.entries = entries;
    }

    /** 200: a page of the municipality's entries, oldest first; 400 for an offset or limit out of range. */
    @GET
    public Page<Entry> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        return entries.list(municipalityId, Paging.of(offset, limit));
    }

    /** 201 with Location and ETag; 400 naming the fields that are wrong. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, EntryInput body) {
        Entry entry = entries.create(municipalityId, Validation.requireBody(body).validated());
        URI location = URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/" + PluginModule.ID + "/" + entry.id());
        return VersionedResponses.created(location, entry, entry.version());
    }

    /** 200 with ETag; 404. */
    @GET
    @Path("{entryId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("entryId") long id) {
        Entry entry = entries.get(municipalityId, id);
        return VersionedResponses.ok(entry, entry.version());
    }

    /** 200 with the new ETag; 400; 404; 412 changed meanwhile; 428 without If-Match. */
    @PUT
    @Path("{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("entryId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, EntryInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Entry entry = entries.replace(municipalityId, id, precondition, Validation.requireBody(body).validated());
        return VersionedResponses.ok(entry, entry.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{entryId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("entryId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        entries.delete(municipalityId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}

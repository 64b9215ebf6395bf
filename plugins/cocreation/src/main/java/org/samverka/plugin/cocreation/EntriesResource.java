package org.samverka.plugin.cocreation;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;

/**
 * {@code …/projects/{projectId}/{kind}} for every kind of entry — {@code actors},
 * {@code insights}, {@code needs}, {@code ideas}, {@code testable-ideas}, {@code tests},
 * {@code decisions} — and {@code …/{kind}/{entryId}}. The fields are the kind's
 * ({@link EntryKind}); {@code links} name the entries it builds on.
 */
@Component(service = EntriesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/projects/{projectId}/{kind}")
@Produces(MediaType.APPLICATION_JSON)
public final class EntriesResource {

    private final EntryStore entries;

    @Activate
    public EntriesResource(@Reference EntryStore entries) {
        this.entries = entries;
    }

    /** 200: the project's entries of the kind, oldest first; 404 for a kind there is not. */
    @GET
    public List<Map<String, Object>> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long projectId,
            @PathParam("kind") String kind) {
        return entries.list(municipalityId, projectId, kind(kind)).stream().map(Entry::json).toList();
    }

    /** 201 with {@code Location} and {@code ETag}; 400 naming every bad or unknown field and every link that cannot be. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long projectId,
            @PathParam("kind") String kind, Map<String, Object> body) {
        EntryKind k = kind(kind);
        Entry created = entries.create(municipalityId, projectId, k, EntryStore.check(k, Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/cocreation/projects/"
                + projectId + "/" + k.path() + "/" + created.id()), created.json(), created.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{entryId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long projectId,
            @PathParam("kind") String kind, @PathParam("entryId") long id) {
        Entry entry = entries.get(municipalityId, projectId, kind(kind), id);
        return VersionedResponses.ok(entry.json(), entry.version());
    }

    /** 200; 400; 404; 412 when stale; 428 without {@code If-Match}. */
    @PUT
    @Path("{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long projectId,
            @PathParam("kind") String kind, @PathParam("entryId") long id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            Map<String, Object> body) {
        EntryKind k = kind(kind);
        IfMatch precondition = IfMatch.require(ifMatch);
        Entry entry = entries.replace(municipalityId, projectId, k, id, precondition, EntryStore.check(k, Validation.requireBody(body)));
        return VersionedResponses.ok(entry.json(), entry.version());
    }

    /** 204 (links to it go with it); 404; 412; 428. */
    @DELETE
    @Path("{entryId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long projectId,
            @PathParam("kind") String kind, @PathParam("entryId") long id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        entries.delete(municipalityId, projectId, kind(kind), id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    private static EntryKind kind(String path) {
        return EntryKind.byPath(path).orElseThrow(() -> ApiProblem.notFound("A project has no '" + path + "'; it has "
                + java.util.Arrays.stream(EntryKind.values()).map(EntryKind::path).toList() + ", moves, checklist and report."));
    }
}

package org.samverka.plugin.lifecycle;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.TextBody;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;

/** {@code /api/v1/municipalities/{municipalityId}/lifecycle/items}: the capacity inventory. */
@Component(service = ItemsResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + LifecycleModule.ID + "/items")
@Produces(MediaType.APPLICATION_JSON)
public final class ItemsResource {

    /** What an import wrote: {@code imported} rows added or changed, and which. */
    public record Imported(int imported, int created, int updated, int unchanged, List<CapacityItem> items) {
    }

    private final ItemStore items;

    @Activate
    public ItemsResource(@Reference ItemStore items) {
        this.items = items;
    }

    /** 200: a page of items, filtered by phase, status and kind; 400 for an unknown filter value. */
    @GET
    public Page<CapacityItem> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @QueryParam("phase") String phase,
            @QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        Paging paging = Paging.of(offset, limit);
        var filter = new ItemStore.Filter(QueryValues.optionalEnum(Phase.class, phase, "phase"),
                QueryValues.optionalEnum(ItemStatus.class, status, "status"),
                QueryValues.optionalEnum(ItemKind.class, kind, "kind"));
        return items.page(municipalityId, filter, paging);
    }

    /** 201 with Location and ETag; 400 invalid. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, CapacityItemInput body) {
        CapacityItem item = items.create(municipalityId, Validation.requireBody(body).validated());
        return VersionedResponses.created(location(municipalityId, item.id()), item, item.version());
    }

    /** 200 with ETag; 404. */
    @GET
    @Path("{itemId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("itemId") long id) {
        CapacityItem item = items.get(municipalityId, id);
        return VersionedResponses.ok(item, item.version());
    }

    /** 200 with the new ETag; 400; 404; 412; 428. */
    @PUT
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("itemId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, CapacityItemInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        CapacityItem item = items.replace(municipalityId, id, precondition, Validation.requireBody(body).validated());
        return VersionedResponses.ok(item, item.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{itemId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("itemId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        items.delete(municipalityId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /**
     * 201 when rows were added, else 200: rows without an id added, rows with one updating that item
     * (unless already as stored); 400 listing every bad row by line number, nothing written;
     * 415 for an unknown charset. Columns: phase, kind, title, description, responsibleOrganisation,
     * contact, status, notes. Read in the declared charset ({@code text/csv; charset=windows-1252}),
     * UTF-8 when none is declared.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @Context HttpHeaders headers,
            byte[] csv) {
        ItemCsv.Parsed parsed = ItemCsv.parse(TextBody.decode(csv, headers.getMediaType()));
        if (!parsed.errors().isEmpty()) {
            throw new ApiProblem(400, ApiProblem.TYPE_VALIDATION, "Invalid CSV",
                    "Nothing was imported: " + parsed.errors().size() + " problem(s) in the file.", parsed.errors());
        }
        ItemStore.Imported written = items.importAll(municipalityId, parsed.rows());
        List<CapacityItem> changed = new java.util.ArrayList<>(written.created());
        changed.addAll(written.updated());
        return Response.status(written.created().isEmpty() ? 200 : 201).entity(new Imported(changed.size(),
                written.created().size(), written.updated().size(), written.unchanged(), changed)).build();
    }

    /**
     * 200: every item as CSV with its id and version, ready to edit and import again. In English
     * RFC 4180 with ids; in Swedish or Norwegian ({@code ?lang} or Accept-Language) labels,
     * semicolons and a byte-order mark for their spreadsheets; {@code ?format=excel|csv} decides.
     */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response exportCsv(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("format") String format, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        SpreadsheetDialect dialect = SpreadsheetDialect.of(format, CatalogueResource.language(lang, headers));
        return Response.ok(ItemCsv.format(items.all(municipalityId), dialect).getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8").header(HttpHeaders.CONTENT_LANGUAGE, dialect.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header("Content-Disposition", "attachment; filename=\"" + municipalityId + "-capacity.csv\"").build();
    }

    private static URI location(String municipalityId, long id) {
        return URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/lifecycle/items/" + id);
    }
}

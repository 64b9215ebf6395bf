package org.samverka.plugin.lifecycle;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Access;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code /api/v1/regions/{regionId}/lifecycle/catalogue}: what the region expects each of its
 * municipalities to have in each phase. The region's municipalities may read it; writing it is
 * the region's. Examples shipped with Samverka read in the caller's language ({@code ?lang} or
 * Accept-Language) and say who suggests them, until the region edits them.
 */
@Component(service = CatalogueResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + LifecycleModule.ID + "/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public final class CatalogueResource {

    private final CatalogueStore store;
    private final TenantDirectory tenants;

    @Activate
    public CatalogueResource(@Reference CatalogueStore store, @Reference TenantDirectory tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    /** 200: the catalogue in phase order, oldest first within a phase. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public List<CatalogueEntry> list(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("phase") String phase,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Phase only = QueryValues.optionalEnum(Phase.class, phase, "phase");
        String language = language(lang, headers);
        return store.all(regionId).stream().filter(e -> only == null || e.phase() == only)
                .sorted(java.util.Comparator.comparing(CatalogueEntry.Stored::phase))
                .map(e -> e.in(language)).toList();
    }

    /** 201 with Location and ETag; 400, also for a municipality of another region in {@code reliedOnBy}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("lang") String lang,
            @Context HttpHeaders headers, CatalogueEntryInput body) {
        CatalogueEntry entry = store.create(regionId, checked(regionId, body)).in(language(lang, headers));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/lifecycle/catalogue/"
                + entry.id()), entry, entry.version());
    }

    /** 200 with ETag; 404. */
    @GET
    @Path("{entryId}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("entryId") long id,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        CatalogueEntry entry = store.get(regionId, id).in(language(lang, headers));
        return VersionedResponses.ok(entry, entry.version());
    }

    /** 200 with the new ETag; 400; 404; 412; 428. An example becomes the region's own entry. */
    @PUT
    @Path("{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("entryId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, @QueryParam("lang") String lang, @Context HttpHeaders headers,
            CatalogueEntryInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        CatalogueEntry entry = store.replace(regionId, id, precondition, checked(regionId, body)).in(language(lang, headers));
        return VersionedResponses.ok(entry, entry.version());
    }

    /** 204; 404; 412; 428. Items that met the entry stay, as their municipalities' own extra items. */
    @DELETE
    @Path("{entryId}")
    public Response delete(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("entryId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.delete(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    private CatalogueEntryInput checked(String regionId, CatalogueEntryInput body) {
        CatalogueEntryInput input = Validation.requireBody(body).validated();
        if (input.reliedOnBy() != null) {
            Set<String> ours = tenants.municipalitiesOf(regionId).stream().map(Municipality::id).collect(Collectors.toSet());
            List<String> strangers = input.reliedOnBy().stream().filter(id -> !ours.contains(id)).toList();
            if (!strangers.isEmpty()) {
                throw ApiProblem.invalid("reliedOnBy", "names " + String.join(", ", strangers)
                        + ", not a municipality of region '" + regionId + "'");
            }
        }
        return input;
    }

    static String language(String lang, HttpHeaders headers) {
        return LifecycleLabels.LABELS.languageFor(QueryValues.languages(lang, headers));
    }
}

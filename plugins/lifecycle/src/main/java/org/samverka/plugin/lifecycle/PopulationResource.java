package org.samverka.plugin.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.Consumes;
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
import org.samverka.api.rest.FieldError;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.TextBody;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Access;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code /api/v1/regions/{regionId}/lifecycle/population}: the yearly population figures of every
 * municipality of the region (whether it uses the module or not), from which progress toward the
 * target is counted. The region writes them, by hand or from its statistics office's file; its
 * municipalities read them.
 */
@Component(service = PopulationResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + LifecycleModule.ID + "/population")
@Produces(MediaType.APPLICATION_JSON)
public final class PopulationResource {

    /** What an import did, and what in the file it left out. */
    public record Imported(int created, int updated, int unchanged, List<String> municipalities,
            List<String> skippedTotals, List<String> ignoredVariables, List<String> unknownPlaces) {
    }

    private final PopulationStore store;
    private final TenantDirectory tenants;

    @Activate
    public PopulationResource(@Reference PopulationStore store, @Reference TenantDirectory tenants) {
        this.store = store;
        this.tenants = tenants;
    }

    /** 200: the figures, by municipality and year; {@code ?year} for one year. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public List<PopulationYear> list(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("year") Integer year) {
        return store.of(tenants.municipalitiesOf(regionId).stream().map(Municipality::id).toList(), year);
    }

    /** 200 with ETag; 404 when the municipality is not the region's or the year is not there. */
    @GET
    @Path("{municipalityId}/{year}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("municipalityId") String municipalityId,
            @PathParam("year") int year) {
        ofRegion(regionId, municipalityId);
        PopulationYear figures = store.one(municipalityId, year).orElseThrow(() -> ApiProblem.notFound(
                "There are no figures of " + year + " for municipality '" + municipalityId + "'."));
        return VersionedResponses.ok(figures, figures.version());
    }

    /**
     * Sets a year's figures. 200 with ETag; 400. Without If-Match only a new year is added (428
     * when it is there, also when written a moment ago); with If-Match it is corrected (404 while
     * it is not there, 412 stale).
     */
    @PUT
    @Path("{municipalityId}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("municipalityId") String municipalityId,
            @PathParam("year") int year, @HeaderParam(IfMatch.HEADER) String ifMatch, PopulationYear.Input body) {
        ofRegion(regionId, municipalityId);
        PopulationYear.Input given = Validation.requireBody(body);
        if (given.year() != null && given.year() != year) {
            throw ApiProblem.invalid("year", "must be " + year + " as in the path, or left out");
        }
        PopulationYear.Input input = given.inYear(year).validated();
        PopulationYear figures;
        if (ifMatch == null || ifMatch.isBlank()) {
            try {
                figures = store.create(municipalityId, input);
            } catch (DuplicateKeyException there) {
                throw ApiProblem.preconditionRequired("There are figures of " + year + " for municipality '"
                        + municipalityId + "' already: send If-Match with the ETag of your last GET to correct them.");
            }
        } else {
            figures = store.correct(municipalityId, IfMatch.require(ifMatch), input);
        }
        return VersionedResponses.ok(figures, figures.version());
    }

    /**
     * Imports a file as SCB's statistical database exports it (see {@link StatisticsCsv}): every
     * row is checked before anything is written; 200 with what was created, updated and left as
     * it was; 400 naming every problem by line, nothing written. Read in the charset the
     * Content-Type declares; without one, UTF-8 when the bytes are valid UTF-8, else Latin-1.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Imported importCsv(@PathParam(ApiPaths.REGION_ID) String regionId, @Context HttpHeaders headers,
            @QueryParam("skipUnknown") @DefaultValue("false") boolean skipUnknown, @QueryParam("source") String source,
            byte[] file) {
        String cleanSource = new Validation().optionalText("source", source, 200);
        StatisticsCsv.Parsed parsed = StatisticsCsv.parse(text(file, headers.getMediaType()));
        StatisticsCsv.Matched matched = parsed.errors().isEmpty()
                ? StatisticsCsv.match(parsed, tenants.municipalitiesOf(regionId), skipUnknown, cleanSource)
                : new StatisticsCsv.Matched(java.util.Map.of(), List.of(), parsed.errors());
        List<FieldError> errors = new java.util.ArrayList<>(matched.errors());
        matched.byMunicipality().forEach((municipalityId, years) -> years.forEach(in -> {
            try {
                in.validated();
            } catch (ApiProblem problem) {
                problem.errors().forEach(e -> errors.add(new FieldError(municipalityId + " " + in.year() + ", "
                        + e.field(), e.message())));
            }
        }));
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, ApiProblem.TYPE_VALIDATION, "Invalid statistics file",
                    "Nothing was imported: " + errors.size() + " problem(s) in the file.", errors);
        }
        PopulationStore.Written written = store.importAll(matched.byMunicipality());
        return new Imported(written.created(), written.updated(), written.unchanged(),
                List.copyOf(matched.byMunicipality().keySet()), parsed.skippedTotals(), parsed.ignoredVariables(),
                matched.unknownPlaces());
    }

    private static String text(byte[] file, MediaType type) {
        if (type != null && type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            return TextBody.decode(file, type);
        }
        try {
            return TextBody.decode(file, type);
        } catch (ApiProblem notUtf8) {
            // SCB's database exports Latin-1 unless asked for UTF-8; Latin-1 reads any bytes.
            return new String(file, StandardCharsets.ISO_8859_1);
        }
    }

    private void ofRegion(String regionId, String municipalityId) {
        tenants.municipality(municipalityId).filter(m -> m.regionId().equals(regionId))
                .orElseThrow(() -> ApiProblem.notFound("Region '" + regionId + "' has no municipality '"
                        + municipalityId + "'."));
    }
}

package org.samverka.plugin.lifecycle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.security.Access;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.Region;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code /api/v1/regions/{regionId}/lifecycle/…}: the region's municipalities side by side
 * (matrix as JSON, SVG heatmap and CSV), its population target and the progress toward it.
 */
@Component(service = RegionLifecycleResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + LifecycleModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public final class RegionLifecycleResource {

    private final Assessments assessments;
    private final RegionDataStore regionData;
    private final TenantDirectory tenants;
    private final ModuleEnablement enablement;
    private final PopulationStore population;

    @Activate
    public RegionLifecycleResource(@Reference Assessments assessments, @Reference RegionDataStore regionData,
            @Reference TenantDirectory tenants, @Reference ModuleEnablement enablement,
            @Reference PopulationStore population) {
        this.assessments = assessments;
        this.regionData = regionData;
        this.population = population;
        this.tenants = tenants;
        this.enablement = enablement;
    }

    /**
     * 200: municipalities × phases, for the municipalities that use the module: each cell's state
     * and score against the region's catalogue, its white spots and extra items; per municipality
     * the mean, the weakest phase and the phases under {@code ?threshold} (default the region's
     * own, else 50). With {@code ?asOf=YYYY-MM-DD}, the matrix as it stood at the end of that day.
     */
    @GET
    @Path("matrix")
    public RegionMatrix matrix(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("threshold") Integer threshold,
            @QueryParam("asOf") String asOf, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return matrix(regionId, threshold, asOf, CatalogueResource.language(lang, headers));
    }

    private RegionMatrix matrix(String regionId, Integer requestedThreshold, String asOf, String language) {
        Region region = tenants.region(regionId).orElseThrow(() -> ApiProblem.notFound("There is no region '" + regionId + "'."));
        int threshold = AssessmentResource.threshold(requestedThreshold, regionData, regionId);
        List<Municipality> using = enablement.municipalitiesUsing(regionId, LifecycleModule.ID);
        LocalDate day = asOf == null ? null : AssessmentHistory.day("asOf", asOf);
        List<RegionMatrix.Row> rows = day == null ? assessments.matrix(regionId, using, language, threshold)
                : assessments.matrixAsOf(regionId, using, day, threshold);
        return new RegionMatrix(region.id(), region.name(), day, List.of(Phase.values()), threshold, rows);
    }

    /**
     * 200: the matrix as an SVG heatmap, labels in {@code ?lang} or else the first language of
     * Accept-Language the plugin has labels for, else English; Content-Language says which.
     */
    @GET
    @Path("matrix.svg")
    @Produces("image/svg+xml")
    public Response matrixSvg(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("threshold") Integer threshold,
            @QueryParam("asOf") String asOf, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = LifecycleLabels.LABELS.languageFor(QueryValues.languages(lang, headers));
        String svg = MatrixSvg.render(matrix(regionId, threshold, asOf, language), language);
        return Response.ok(svg.getBytes(StandardCharsets.UTF_8)).type("image/svg+xml; charset=UTF-8")
                .header(HttpHeaders.CONTENT_LANGUAGE, language).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'").build();
    }

    /** 200: the matrix as CSV, for the caller's spreadsheet as the items' export is ({@code ?format}, {@code ?lang}). */
    @GET
    @Path("matrix.csv")
    @Produces("text/csv")
    public Response matrixCsv(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("threshold") Integer threshold,
            @QueryParam("asOf") String asOf, @QueryParam("lang") String lang, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        SpreadsheetDialect dialect = SpreadsheetDialect.of(format, CatalogueResource.language(lang, headers));
        RegionMatrix matrix = matrix(regionId, threshold, asOf, dialect.language());
        return Response.ok(MatrixCsv.format(matrix, dialect).getBytes(StandardCharsets.UTF_8)).type("text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_LANGUAGE, dialect.language()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header("Content-Disposition", "attachment; filename=\"" + regionId + "-lifecycle-matrix.csv\"").build();
    }

    /**
     * 200 with ETag: the region's settings of the method; until the region sets the threshold it
     * is Samverka's suggestion (50), at version 0. Municipalities of the region may read it.
     */
    @GET
    @Path("settings")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response settings(@PathParam(ApiPaths.REGION_ID) String regionId) {
        RegionSettings settings = regionData.settings(regionId);
        return VersionedResponses.ok(settings, settings.version());
    }

    /**
     * 200 with ETag; 400; 428 without If-Match; 412 when stale (also If-Match "0" once the region
     * has set its own, and for the second of two setting it for the first time at once).
     */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putSettings(@PathParam(ApiPaths.REGION_ID) String regionId, @HeaderParam(IfMatch.HEADER) String ifMatch,
            RegionSettings.Input body) {
        RegionSettings.Input input = Validation.requireBody(body).validated();
        RegionSettings settings = regionData.changeSettings(regionId, IfMatch.require(ifMatch), input);
        return VersionedResponses.ok(settings, settings.version());
    }

    /** 200 with ETag; 404 when the region has no target. Municipalities of the region may read it. */
    @GET
    @Path("target")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response target(@PathParam(ApiPaths.REGION_ID) String regionId) {
        PopulationTarget target = regionData.target(regionId)
                .orElseThrow(() -> ApiProblem.notFound("Region '" + regionId + "' has no population target yet."));
        return VersionedResponses.ok(target, target.version());
    }

    /**
     * 200 with ETag; 400. Without If-Match only creates the target (428 when there is one, also
     * one set a moment ago); with If-Match changes it (404 while there is none, 412 stale).
     */
    @PUT
    @Path("target")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putTarget(@PathParam(ApiPaths.REGION_ID) String regionId, @HeaderParam(IfMatch.HEADER) String ifMatch,
            PopulationTarget.Input body) {
        PopulationTarget.Input input = Validation.requireBody(body).validated();
        PopulationTarget target;
        if (ifMatch == null || ifMatch.isBlank()) {
            try {
                target = regionData.createTarget(regionId, input);
            } catch (DuplicateKeyException exists) {
                throw ApiProblem.preconditionRequired("Region '" + regionId + "' already has a population target: send "
                        + "If-Match with the ETag of your last GET to change it.");
            }
        } else {
            target = regionData.changeTarget(regionId, IfMatch.require(ifMatch), input);
        }
        return VersionedResponses.ok(target, target.version());
    }

    /**
     * 200: the target's measure summed over every municipality of the region from the base year
     * through the latest year reported, the pace so far and the pace needed, and which
     * municipalities have not reported; 404 without a target.
     */
    @GET
    @Path("progress")
    public RegionProgress progress(@PathParam(ApiPaths.REGION_ID) String regionId) {
        PopulationTarget target = regionData.target(regionId)
                .orElseThrow(() -> ApiProblem.notFound("Region '" + regionId + "' has no population target yet."));
        List<Municipality> municipalities = tenants.municipalitiesOf(regionId);
        Set<String> using = enablement.municipalitiesUsing(regionId, LifecycleModule.ID).stream().map(Municipality::id)
                .collect(Collectors.toSet());
        return RegionProgress.of(regionId, target, municipalities, using,
                population.of(municipalities.stream().map(Municipality::id).toList(), null));
    }
}

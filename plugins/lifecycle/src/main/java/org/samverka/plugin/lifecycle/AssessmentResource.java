package org.samverka.plugin.lifecycle;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code GET /api/v1/municipalities/{municipalityId}/lifecycle/assessment}: how ready the
 * municipality is, and {@code …/assessment/history}: how that changed.
 */
@Component(service = AssessmentResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + LifecycleModule.ID + "/assessment")
@Produces(MediaType.APPLICATION_JSON)
public final class AssessmentResource {

    private final Assessments assessments;
    private final TenantDirectory tenants;
    private final RegionDataStore regionData;
    private final History history;

    @Activate
    public AssessmentResource(@Reference Assessments assessments, @Reference TenantDirectory tenants,
            @Reference RegionDataStore regionData, @Reference History history) {
        this.assessments = assessments;
        this.tenants = tenants;
        this.regionData = regionData;
        this.history = history;
    }

    /**
     * 200: per phase its state (scored, not mapped, no catalogue), its score against the region's
     * catalogue with the expectations and extra items behind it, white spots and open actions;
     * overall readiness beside the weakest phase and the phases under {@code ?threshold} (0–100,
     * default the region's own, else 50). Catalogue examples in {@code ?lang} or Accept-Language.
     */
    @GET
    public Readiness.Assessment assessment(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("threshold") Integer threshold, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Municipality municipality = municipality(municipalityId);
        return assessments.of(municipality, CatalogueResource.language(lang, headers),
                threshold(threshold, regionData, municipality.regionId()));
    }

    /**
     * 200: the snapshots kept from {@code ?from} (default: the first) through {@code ?to}
     * (default: today), led by the one in effect when {@code from} began; the overall trend and
     * each phase's. 400 for a date that is not YYYY-MM-DD or a {@code from} after {@code to}.
     */
    @GET
    @Path("history")
    public AssessmentHistory.OfMunicipality history(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("threshold") Integer threshold) {
        Municipality municipality = municipality(municipalityId);
        AssessmentHistory.Period period = AssessmentHistory.Period.of(from, to, history.today());
        history.settle(municipality.regionId(), List.of(municipalityId));
        return AssessmentHistory.of(municipalityId, period, threshold(threshold, regionData, municipality.regionId()),
                history.between(List.of(municipalityId), period.from(), period.to()).get(municipalityId));
    }

    private Municipality municipality(String municipalityId) {
        return tenants.municipality(municipalityId)
                .orElseThrow(() -> ApiProblem.notFound("There is no municipality '" + municipalityId + "'."));
    }

    /** The threshold asked for, else the region's own, else Samverka's suggestion; 400 outside 0–100. */
    static int threshold(Integer requested, RegionDataStore regionData, String regionId) {
        if (requested == null) {
            return regionData.settings(regionId).threshold();
        }
        if (requested < 0 || requested > 100) {
            throw ApiProblem.invalid("threshold", "must be between 0 and 100");
        }
        return requested;
    }
}

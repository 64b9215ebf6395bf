package org.samverka.plugin.lifecycle;

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

/** {@code GET /api/v1/municipalities/{municipalityId}/lifecycle/assessment}: how ready the municipality is. */
@Component(service = AssessmentResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + LifecycleModule.ID + "/assessment")
@Produces(MediaType.APPLICATION_JSON)
public final class AssessmentResource {

    private final Assessments assessments;
    private final TenantDirectory tenants;

    @Activate
    public AssessmentResource(@Reference Assessments assessments, @Reference TenantDirectory tenants) {
        this.assessments = assessments;
        this.tenants = tenants;
    }

    /**
     * 200: per phase its state (scored, not mapped, no catalogue), its score against the region's
     * catalogue with the expectations and extra items behind it, white spots and open actions;
     * overall readiness beside the weakest phase and the phases under {@code ?threshold} (0–100,
     * default 50). Catalogue examples in {@code ?lang} or Accept-Language.
     */
    @GET
    public Readiness.Assessment assessment(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("threshold") Integer threshold, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Municipality municipality = tenants.municipality(municipalityId)
                .orElseThrow(() -> ApiProblem.notFound("There is no municipality '" + municipalityId + "'."));
        return assessments.of(municipality, CatalogueResource.language(lang, headers), threshold(threshold));
    }

    static int threshold(Integer requested) {
        if (requested == null) {
            return Readiness.DEFAULT_THRESHOLD;
        }
        if (requested < 0 || requested > 100) {
            throw ApiProblem.invalid("threshold", "must be between 0 and 100");
        }
        return requested;
    }
}

package org.samverka.plugin.lifecycle;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code /api/v1/regions/{regionId}/lifecycle/history}: every municipality's readiness over time,
 * from the snapshots kept when assessments changed, and a snapshot on demand.
 */
@Component(service = HistoryResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + LifecycleModule.ID + "/history")
@Produces(MediaType.APPLICATION_JSON)
public final class HistoryResource {

    /** What a snapshot on demand did. */
    public record Recorded(String regionId, LocalDate date, int municipalities, int snapshotsWritten) {
    }

    private final History history;
    private final TenantDirectory tenants;
    private final ModuleEnablement enablement;
    private final RegionDataStore regionData;

    @Activate
    public HistoryResource(@Reference History history, @Reference TenantDirectory tenants,
            @Reference ModuleEnablement enablement, @Reference RegionDataStore regionData) {
        this.history = history;
        this.tenants = tenants;
        this.enablement = enablement;
        this.regionData = regionData;
    }

    /**
     * 200: per municipality that uses the module, its overall readiness and phases under the
     * threshold from {@code ?from} (default: the first snapshot) through {@code ?to} (default:
     * today), with each day's snapshot; 400 for a bad date or a {@code from} after {@code to}.
     */
    @GET
    public AssessmentHistory.OfRegion history(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("threshold") Integer threshold) {
        tenants.region(regionId).orElseThrow(() -> ApiProblem.notFound("There is no region '" + regionId + "'."));
        AssessmentHistory.Period period = AssessmentHistory.Period.of(from, to, history.today());
        List<Municipality> using = enablement.municipalitiesUsing(regionId, LifecycleModule.ID);
        history.settle(regionId, using.stream().map(Municipality::id).toList());
        return AssessmentHistory.of(regionId, period, AssessmentResource.threshold(threshold, regionData, regionId), using,
                history.between(using.stream().map(Municipality::id).toList(), period.from(), period.to()));
    }

    /**
     * 200: takes today's snapshot of every municipality of the region whose assessment differs
     * from its last one (after an upgrade, say, or before a report); says how many were written.
     * A snapshot that cannot be taken answers as the storage failure it is (503 when the database
     * is busy or gone), not as "nothing to write".
     */
    @POST
    public Recorded snapshot(@PathParam(ApiPaths.REGION_ID) String regionId) {
        tenants.region(regionId).orElseThrow(() -> ApiProblem.notFound("There is no region '" + regionId + "'."));
        List<String> municipalities = tenants.municipalitiesOf(regionId).stream().map(Municipality::id).toList();
        return new Recorded(regionId, history.today(), municipalities.size(), history.recordOrFail(regionId, municipalities));
    }
}

package org.samverka.plugin.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code /api/v1/regions/{regionId}/workshop/hypotheses}: every hypothesis tested in the region's
 * municipalities, with the team's verdict and what the tests suggest, by phase and persona — the
 * exchange of experience a region exists to lead. For callers holding the whole region.
 */
@Component(service = RegionHypotheses.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + WorkshopModule.ID + "/hypotheses")
@Produces(MediaType.APPLICATION_JSON)
public final class RegionHypotheses {

    /** One tested hypothesis and where it was tested. */
    public record Hypothesis(String municipalityId, String municipalityName, long workshopId, long prototypeId, String what,
            String hypothesis, String phase, String persona, String summary, int sessions, String suggestedSummary) {
    }

    /** The hypotheses, and per phase how many were validated, invalidated, inconclusive or not yet judged. */
    public record Overview(String regionId, List<Hypothesis> items, Map<String, Map<String, Integer>> byPhase) {
    }

    private final PrototypeStore prototypes;
    private final WorkshopStore workshops;
    private final TenantDirectory tenants;

    @Activate
    public RegionHypotheses(@Reference PrototypeStore prototypes, @Reference WorkshopStore workshops, @Reference TenantDirectory tenants) {
        this.prototypes = prototypes;
        this.workshops = workshops;
        this.tenants = tenants;
    }

    /** 200; 400 for a phase that is not one of the lifecycle's. {@code ?phase=} and {@code ?persona=} narrow it. */
    @GET
    public Overview list(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("phase") String phase,
            @QueryParam("persona") String persona) {
        var check = new Validation();
        check.check(phase == null || WorkshopValidation.PHASES.contains(phase), "phase", "must be one of " + WorkshopValidation.PHASES);
        check.throwIfInvalid();
        List<Hypothesis> items = new ArrayList<>();
        Map<String, Map<String, Integer>> byPhase = new TreeMap<>();
        for (Municipality m : tenants.municipalitiesOf(regionId)) {
            for (long workshopId : workshops.ids(m.id())) {
                for (Prototype p : prototypes.list(m.id(), workshopId)) {
                    if ((phase != null && !phase.equals(p.phase())) || (persona != null && !persona.equals(p.persona()))) {
                        continue;
                    }
                    List<Prototype.Session> sessions = prototypes.sessions(m.id(), workshopId, p.id());
                    items.add(new Hypothesis(m.id(), m.name(), workshopId, p.id(), p.what(), p.hypothesis(), p.phase(), p.persona(),
                            p.summary(), sessions.size(), TestGrid.of(p, sessions).suggestedSummary()));
                    byPhase.computeIfAbsent(p.phase() == null ? "NONE" : p.phase(), k -> new TreeMap<>())
                            .merge(p.summary() == null ? "NOT_JUDGED" : p.summary(), 1, Integer::sum);
                }
            }
        }
        return new Overview(regionId, items, byPhase);
    }
}

package org.samverka.plugin.cocreation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.Municipality;

/**
 * {@code /api/v1/regions/{regionId}/cocreation/barriers}: which barriers and enablers recur across the
 * region's municipalities, by kind, level and category; for callers holding the whole region.
 */
@Component(service = RegionBarriers.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + CocreationModule.ID + "/barriers")
@Produces(MediaType.APPLICATION_JSON)
public final class RegionBarriers {

    /** A kind, level and category: how many entries, in which municipalities, and whether it recurs (two or more). */
    public record Pattern(String kind, String level, String category, int count, List<String> municipalities, boolean recurring,
            List<String> examples) {
    }

    /** The region's patterns, most widespread first. */
    public record Overview(String regionId, List<String> municipalities, List<Pattern> patterns) {
    }

    private final BarrierStore barriers;
    private final ModuleEnablement enablement;

    @Activate
    public RegionBarriers(@Reference BarrierStore barriers, @Reference ModuleEnablement enablement) {
        this.barriers = barriers;
        this.enablement = enablement;
    }

    /** 200. */
    @GET
    public Overview overview(@PathParam(ApiPaths.REGION_ID) String regionId) {
        List<String> using = enablement.municipalitiesUsing(regionId, CocreationModule.ID).stream().map(Municipality::id).toList();
        Map<String, List<Barrier>> byKey = new TreeMap<>();
        for (String m : using) {
            for (Barrier b : barriers.list(m)) {
                byKey.computeIfAbsent(b.kind() + "/" + b.level() + "/" + b.category(), k -> new ArrayList<>()).add(b);
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (List<Barrier> group : byKey.values()) {
            Barrier first = group.get(0);
            List<String> where = List.copyOf(new TreeSet<>(group.stream().map(Barrier::municipalityId).toList()));
            patterns.add(new Pattern(first.kind(), first.level(), first.category(), group.size(), where, where.size() >= 2,
                    group.stream().map(Barrier::text).limit(5).toList()));
        }
        patterns.sort((a, b) -> b.municipalities().size() != a.municipalities().size() ? b.municipalities().size() - a.municipalities().size()
                : b.count() - a.count());
        return new Overview(regionId, using, patterns);
    }
}

package org.samverka.plugin.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.rest.SamverkaResource;

/** {@code /api/v1/portfolio/goals}: the 17 goals of Agenda 2030 as reference data, named in en/sv/nb with the source of each language's names. */
@Component(service = GoalsResource.class)
@SamverkaResource
@Path(PortfolioModule.ID + "/goals")
@Produces(MediaType.APPLICATION_JSON)
public final class GoalsResource {

    /** A goal by its number. */
    public record Goal(int number, LocalizedText name) {
    }

    /** The goals and where each language's names come from. */
    public record Goals(List<Goal> goals, Map<String, String> sources) {
    }

    static final Map<String, String> SOURCES = Map.of("en", "United Nations, Sustainable Development Goals (sdgs.un.org)",
            "sv", "Svenska FN-förbundet, Globala målen (globalamalen.se)", "nb", "FN-sambandet, Bærekraftsmålene (fn.no)");

    /** 200: the 17 goals in order. */
    @GET
    public Goals goals() {
        List<Goal> goals = new ArrayList<>();
        for (int n = 1; n <= 17; n++) {
            goals.add(new Goal(n, PortfolioModule.LABELS.text("goal." + n)));
        }
        return new Goals(goals, SOURCES);
    }
}

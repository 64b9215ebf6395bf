package org.samverka.plugin.lifecycle;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.rest.SamverkaResource;

/** {@code GET /api/v1/lifecycle/phases}: the six phases in order, named and described in en, sv and nb. */
@Component(service = PhasesResource.class)
@SamverkaResource
@Path("lifecycle/phases")
@Produces(MediaType.APPLICATION_JSON)
public final class PhasesResource {

    /** A phase as the API shows it. */
    public record PhaseView(String id, int order, LocalizedText name, LocalizedText description) {
    }

    /** 200: the phases from INVENTORY to ROOT. */
    @GET
    public List<PhaseView> phases() {
        return Arrays.stream(Phase.values())
                .map(p -> new PhaseView(p.name(), p.ordinal() + 1, p.label(), p.description())).toList();
    }
}

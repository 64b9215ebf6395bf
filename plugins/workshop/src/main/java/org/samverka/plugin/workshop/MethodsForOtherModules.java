package org.samverka.plugin.workshop;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.plugin.workshop.api.MethodSummary;
import org.samverka.plugin.workshop.api.WorkshopMethods;

/** The workshop plugin's service to other plugins: the methods of a region's library by stage. */
@Component
public final class MethodsForOtherModules implements WorkshopMethods {

    private final OwnLibraryStore library;

    @Activate
    public MethodsForOtherModules(@Reference OwnLibraryStore library) {
        this.library = library;
    }

    @Override
    public List<MethodSummary> methods(String regionId, List<String> stages) {
        return library.of(regionId).methods().stream().filter(m -> stages.contains(m.stage()))
                .map(m -> new MethodSummary(m.id(), m.stage(), m.name(), m.purpose(), m.minMinutes(), m.maxMinutes(), m.origin())).toList();
    }
}

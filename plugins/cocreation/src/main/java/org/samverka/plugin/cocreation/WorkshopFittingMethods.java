package org.samverka.plugin.cocreation;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.plugin.workshop.api.WorkshopMethods;

/** The workshop plugin's methods for a step. Active only while the workshop plugin's service is there. */
@Component
public final class WorkshopFittingMethods implements FittingMethods {

    private final WorkshopMethods workshop;

    @Activate
    public WorkshopFittingMethods(@Reference WorkshopMethods workshop) {
        this.workshop = workshop;
    }

    @Override
    public List<Method> methods(String regionId, List<String> stages) {
        return workshop.methods(regionId, stages).stream()
                .map(m -> new Method(m.id(), m.stage(), m.name(), m.minMinutes(), m.maxMinutes())).toList();
    }
}

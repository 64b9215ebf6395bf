package org.samverka.plugin.workshop;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.plugin.lifecycle.api.Decision;
import org.samverka.plugin.lifecycle.api.LifecycleActions;

/**
 * A workshop's decision becomes an action of the municipality's lifecycle plan, which records that
 * it came from this workshop. Active only while the lifecycle plugin's service is there.
 */
@Component
public final class LifecycleDecisionActions implements DecisionActions {

    private static final int MAX_TITLE = 200;

    private final LifecycleActions lifecycle;

    @Activate
    public LifecycleDecisionActions(@Reference LifecycleActions lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public String toAction(Output decision, ActionInput input) {
        String title = decision.text().length() <= MAX_TITLE ? decision.text() : decision.text().substring(0, MAX_TITLE - 1) + "…";
        return lifecycle.create(new Decision(decision.municipalityId(), input.phase(), title, input.responsible(), input.dueDate(),
                WorkshopModule.ID, "workshop " + decision.workshopId() + ", decision " + decision.id())).path();
    }
}

package org.samverka.plugin.lifecycle;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.ConflictException;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.TenantKind;
import org.samverka.plugin.lifecycle.api.CreatedAction;
import org.samverka.plugin.lifecycle.api.Decision;
import org.samverka.plugin.lifecycle.api.LifecycleActions;

/** The lifecycle plugin's service to other plugins: their decisions become actions here. */
@Component
public final class ActionsFromDecisions implements LifecycleActions {

    private final ActionStore actions;
    private final ModuleEnablement enablement;

    @Activate
    public ActionsFromDecisions(@Reference ActionStore actions, @Reference ModuleEnablement enablement) {
        this.actions = actions;
        this.enablement = enablement;
    }

    @Override
    public CreatedAction create(Decision decision) {
        Phase phase = QueryValues.optionalEnum(Phase.class, decision.phase(), "phase");
        var check = new Validation();
        check.check(phase != null, "phase", "must be one of " + String.join(", ", PHASES));
        String origin = check.requiredText("originModule", decision.originModule(), 64);
        String reference = check.optionalText("originReference", decision.originReference(), 200);
        check.throwIfInvalid();
        CapacityActionInput input = new CapacityActionInput(phase, List.of(), decision.title(), decision.responsible(),
                decision.dueDate(), ActionStatus.OPEN).validated();
        String municipality = decision.municipalityId();
        if (municipality == null || !enablement.isEnabled(TenantKind.MUNICIPALITY, municipality, LifecycleModule.ID)) {
            throw new ConflictException("Municipality '" + municipality + "' does not use lifecycle mapping, so the "
                    + "decision cannot become an action in its plan; enable it with PUT /api/v1/municipalities/"
                    + municipality + "/modules/" + LifecycleModule.ID + ".");
        }
        CapacityAction action = actions.create(municipality, input, new Origin(origin.toLowerCase(Locale.ROOT), reference));
        return new CreatedAction(action.id(), ApiPaths.BASE + "/municipalities/" + municipality + "/lifecycle/actions/"
                + action.id());
    }
}

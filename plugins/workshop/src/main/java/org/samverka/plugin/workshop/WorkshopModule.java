package org.samverka.plugin.workshop;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "workshop" module: a municipality's workshops and design sprints. */
@Component(service = MethodModule.class)
public final class WorkshopModule extends LabelledModule {

    static final String ID = "workshop";
    static final Labels LABELS = Labels.of(WorkshopModule.class, ID);

    public WorkshopModule() {
        super(ID, TenantScope.MUNICIPALITY, "Google Ventures' Design Sprint, Hyper Island and the hot seat in Haparanda");
    }
}

package org.samverka.plugin.workshop;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "workshop" module: a municipality's workshops and design sprints. */
@Component
public final class WorkshopModule implements MethodModule {

    static final String ID = "workshop";
    static final Labels LABELS = Labels.of(WorkshopModule.class, "workshop");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LABELS.text("module.name");
    }

    @Override
    public LocalizedText description() {
        return LABELS.text("module.description");
    }

    @Override
    public String practice() {
        return "Google Ventures' Design Sprint, Hyper Island and the hot seat in Haparanda";
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

package org.samverka.plugin.lifecycle;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Lifecycle mapping of receiving capacity, the method of Region Norrbotten. */
@Component
public final class LifecycleModule implements MethodModule {

    static final String ID = "lifecycle";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LifecycleLabels.LABELS.text("module.name");
    }

    @Override
    public LocalizedText description() {
        return LifecycleLabels.LABELS.text("module.description");
    }

    @Override
    public String practice() {
        return "Region Norrbotten: population supply and receiving capacity (14 municipalities)";
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

package org.samverka.plugin.lifecycle;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Lifecycle mapping of receiving capacity, the method of Region Norrbotten. */
@Component(service = MethodModule.class)
public final class LifecycleModule extends LabelledModule {

    static final String ID = "lifecycle";

    public LifecycleModule() {
        super(ID, TenantScope.MUNICIPALITY, "Region Norrbotten: population supply and receiving capacity (14 municipalities)");
    }
}

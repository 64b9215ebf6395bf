package org.samverka.test.unavailable;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** The module whose paths {@link GoneResource} serves. */
@Component(service = MethodModule.class)
public final class UnavailableModule extends LabelledModule {

    public UnavailableModule() {
        super("unavailable", "unavailable", TenantScope.MUNICIPALITY, "Samverka integration tests");
    }
}

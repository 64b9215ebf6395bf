package org.samverka.test.sami;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** A module with nothing but a name, in en, sv, nb and Northern Sámi (labels/sami_se.properties). */
@Component(service = MethodModule.class)
public final class SamiLabelsModule extends LabelledModule {

    public SamiLabelsModule() {
        super("sami-labels", "sami", TenantScope.MUNICIPALITY, "Samverka integration tests");
    }
}

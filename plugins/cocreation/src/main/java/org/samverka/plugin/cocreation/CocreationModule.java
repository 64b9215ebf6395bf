package org.samverka.plugin.cocreation;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "cocreation" module: a municipality's co-creation projects along Bodø's guide. */
@Component(service = MethodModule.class)
public final class CocreationModule extends LabelledModule {

    static final String ID = "cocreation";
    static final Labels LABELS = Labels.of(CocreationModule.class, ID);

    public CocreationModule() {
        super(ID, TenantScope.MUNICIPALITY, "Bodø kommune's guide for co-creation (samskaping)");
    }
}

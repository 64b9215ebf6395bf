package org.samverka.plugin.cocreation;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "cocreation" module: a municipality's co-creation projects along Bodø's guide. */
@Component
public final class CocreationModule implements MethodModule {

    static final String ID = "cocreation";
    static final Labels LABELS = Labels.of(CocreationModule.class, "cocreation");

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
        return "Bodø kommune's guide for co-creation (samskaping)";
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

package org.samverka.test.sami;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** A module with nothing but a name, in en, sv, nb and Northern Sámi (labels/sami_se.properties). */
@Component
public final class SamiLabelsModule implements MethodModule {

    private static final Labels LABELS = Labels.of(SamiLabelsModule.class, "sami");

    @Override
    public String id() {
        return "sami-labels";
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
        return "Samverka integration tests";
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

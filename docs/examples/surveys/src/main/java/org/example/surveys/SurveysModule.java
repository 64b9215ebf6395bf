package org.example.surveys;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** The "surveys" module: a municipality's surveys and the NPS of their answers. */
@Component
public final class SurveysModule implements MethodModule {

    static final String ID = "surveys";
    private static final Labels LABELS = Labels.of(SurveysModule.class, ID);

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
        return LABELS.text("module.practice").in(Locale.ENGLISH);
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

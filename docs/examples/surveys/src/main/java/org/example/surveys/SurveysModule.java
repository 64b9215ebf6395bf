package org.example.surveys;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** The "surveys" module: a municipality's surveys and the NPS of their answers. */
@Component(service = MethodModule.class)
public final class SurveysModule extends LabelledModule {

    static final String ID = "surveys";

    /** Name and description: module.name and module.description in labels/surveys_en.properties, _sv and _nb. */
    public SurveysModule() {
        super(ID, TenantScope.MUNICIPALITY, "Net Promoter Score");
    }
}

package org.samverka.plugin.positioning;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "positioning" module: a region's work on the image of the place. */
@Component(service = MethodModule.class)
public final class PositioningModule extends LabelledModule {

    static final String ID = "positioning";
    static final Labels LABELS = Labels.of(PositioningModule.class, ID);

    public PositioningModule() {
        super(ID, TenantScope.REGION, "Region Västerbotten's positioning of the place");
    }
}

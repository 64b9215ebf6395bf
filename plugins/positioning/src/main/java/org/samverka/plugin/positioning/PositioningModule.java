package org.samverka.plugin.positioning;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "positioning" module: a region's work on the image of the place. */
@Component
public final class PositioningModule implements MethodModule {

    static final String ID = "positioning";
    static final Labels LABELS = Labels.of(PositioningModule.class, "positioning");

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
        return "Region Västerbotten's positioning of the place";
    }

    @Override
    public TenantScope scope() {
        return TenantScope.REGION;
    }
}

package org.samverka.plugin.portfolio;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "portfolio" module: a municipality's innovation programme and portfolio. */
@Component
public final class PortfolioModule implements MethodModule {

    static final String ID = "portfolio";
    static final Labels LABELS = Labels.of(PortfolioModule.class, "portfolio");

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
        return "BJØRK Innovation's three-year municipal innovation programmes";
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

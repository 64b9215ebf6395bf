package org.samverka.plugin.portfolio;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "portfolio" module: a municipality's innovation programme and portfolio. */
@Component(service = MethodModule.class)
public final class PortfolioModule extends LabelledModule {

    static final String ID = "portfolio";
    static final Labels LABELS = Labels.of(PortfolioModule.class, ID);

    public PortfolioModule() {
        super(ID, TenantScope.MUNICIPALITY, "BJØRK Innovation's three-year municipal innovation programmes");
    }
}

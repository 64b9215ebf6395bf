package ${package};

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "${moduleId}" module, a municipality's. */
@Component(service = MethodModule.class)
public final class PluginModule extends LabelledModule {

    static final String ID = "${moduleId}";

    /** Name and description: module.name and module.description in labels/${moduleId}_en.properties, _sv and _nb. */
    public PluginModule() {
        super(ID, TenantScope.MUNICIPALITY, "Samverka plugin");
    }
}

package ${package};

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "${moduleId}" module, a municipality's. */
@Component
public final class PluginModule implements MethodModule {

    static final String ID = "${moduleId}";

    /** labels/${moduleId}_en.properties, _sv and _nb: one file per language, every key in each. */
    private static final Labels LABELS = Labels.of(PluginModule.class, ID);

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
        return LABELS.text("module.practice").in(java.util.Locale.ENGLISH);
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

package org.samverka.plugin.notes;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LabelledModule;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "notes" module. */
@Component(service = MethodModule.class)
public final class NotesModule extends LabelledModule {

    static final String ID = "notes";

    public NotesModule() {
        super(ID, TenantScope.MUNICIPALITY, "Samverka plugin guide");
    }
}

package org.samverka.plugin.notes;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.Labels;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "notes" module. */
@Component
public final class NotesModule implements MethodModule {

    static final String ID = "notes";

    /** labels/notes_en.properties, notes_sv.properties, notes_nb.properties in this bundle. */
    private static final Labels LABELS = Labels.of(NotesModule.class, "notes");

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
        return "Samverka plugin guide";
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

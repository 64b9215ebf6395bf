package org.samverka.plugin.notes;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Tells the platform that this bundle is the "notes" module. */
@Component
public final class NotesModule implements MethodModule {

    static final String ID = "notes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Notes", "Anteckningar", "Notater");
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText(
                "Short notes a municipality keeps; the example plugin of the plugin guide.",
                "Korta anteckningar som en kommun sparar; exempelpluginen i pluginguiden.",
                "Korte notater en kommune tar vare på; eksempeltillegget i tilleggsguiden.");
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

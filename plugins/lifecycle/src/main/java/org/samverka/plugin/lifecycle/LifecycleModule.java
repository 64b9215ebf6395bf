package org.samverka.plugin.lifecycle;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.TenantScope;

/** Lifecycle mapping of receiving capacity, the method of Region Norrbotten. */
@Component
public final class LifecycleModule implements MethodModule {

    static final String ID = "lifecycle";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Lifecycle mapping of receiving capacity", "Livscykelkartläggning av mottagarkapacitet",
                "Livsløpskartlegging av mottakskapasitet");
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText(
                "Maps what a municipality has in place for in-movers in each phase from Inventory to Root, scores its readiness, finds the white spots and compares the region's municipalities.",
                "Kartlägger vad en kommun har på plats för inflyttare i varje fas från Inventera till Rota, bedömer beredskapen, hittar de vita fläckarna och jämför regionens kommuner.",
                "Kartlegger hva en kommune har på plass for tilflyttere i hver fase fra Kartlegge til Slå rot, vurderer beredskapen, finner de hvite flekkene og sammenligner regionens kommuner.");
    }

    @Override
    public String practice() {
        return "Region Norrbotten: population supply and receiving capacity (14 municipalities)";
    }

    @Override
    public TenantScope scope() {
        return TenantScope.MUNICIPALITY;
    }
}

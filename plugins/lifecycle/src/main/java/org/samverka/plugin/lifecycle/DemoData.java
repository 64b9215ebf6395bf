package org.samverka.plugin.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.TenantDirectory;
import org.samverka.api.tenant.TenantKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode ({@code demoMode=true} in {@code config/org.samverka.plugin.lifecycle.cfg}): gives
 * Luleå, Kiruna and Gällivare an example inventory, marked {@code demo} and labelled in its notes,
 * and enables the module for them, so the region's heatmap has something to show. A
 * municipality that already has items is left alone.
 */
@Component(immediate = true, configurationPid = DemoData.PID)
@Designate(ocd = DemoData.Config.class)
public final class DemoData {

    static final String PID = "org.samverka.plugin.lifecycle";
    static final String LABEL = "Example data (demo mode) / Exempeldata (demoläge) / Eksempeldata (demomodus)";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @ObjectClassDefinition(name = "Samverka lifecycle mapping")
    public @interface Config {
        @AttributeDefinition(description = "Load an example inventory for three Norrbotten municipalities.")
        boolean demoMode() default false;
    }

    /** Per municipality, the status of each example item (same order as {@link #ITEMS}). */
    private static final Map<String, String> STATUSES = Map.of(
            "lulea", "IIPIIPPIIP",
            "kiruna", "IPIIMPIPPL",
            "gallivare", "PMPIMMIPLM");

    /** Which entry of Norrbotten's example catalogue each item meets (same order; null for an extra item). */
    private static final List<String> MEETS = java.util.Arrays.asList("competence-needs", "housing-inventory", "place-story",
            "eures", "partner-jobs", "in-mover-service", "housing-for-newcomers", "meeting-places", null, "mentors-and-careers");

    private static final List<CapacityItemInput> ITEMS = List.of(
            item(Phase.INVENTORY, ItemKind.EFFORT, "Kompetensbehovsanalys med arbetsgivarna", "Näringslivskontoret"),
            item(Phase.INVENTORY, ItemKind.RESOURCE, "Bostadsinventering", "Kommunala bostadsbolaget"),
            item(Phase.ATTRACT, ItemKind.EFFORT, "Berättelsen om platsen, med invånarnas röster", "Kommunikationsenheten"),
            item(Phase.RECRUIT, ItemKind.ROLE, "EURES-kontakt", "Arbetsförmedlingen"),
            item(Phase.RECRUIT, ItemKind.EFFORT, "Medflyttarprogram (jobb för partnern)", "Näringslivskontoret"),
            item(Phase.INTRODUCE, ItemKind.ROLE, "Inflyttarlots", "Kommunen"),
            item(Phase.INTRODUCE, ItemKind.RESOURCE, "Bostadskö för nyanlända arbetstagare", "Bostadsbolaget"),
            item(Phase.WELCOME, ItemKind.EFFORT, "Språkcafé", "Biblioteket och föreningslivet"),
            item(Phase.WELCOME, ItemKind.EFFORT, "Välkomstträffar med föreningar", "Fritidsförvaltningen"),
            item(Phase.ROOT, ItemKind.EFFORT, "Mentorprogram för inflyttare", "Näringslivskontoret"));

    @Activate
    public DemoData(Config config, @Reference ItemStore items, @Reference CatalogueStore catalogue,
            @Reference TenantDirectory tenants, @Reference ModuleEnablement enablement) {
        if (!config.demoMode()) {
            return;
        }
        Map<String, Long> examples = new java.util.HashMap<>();
        catalogue.all("norrbotten").stream().filter(e -> e.exampleKey() != null)
                .forEach(e -> examples.put(e.exampleKey(), e.id()));
        for (var entry : STATUSES.entrySet()) {
            String municipality = entry.getKey();
            if (tenants.municipality(municipality).isEmpty() || !items.all(municipality).isEmpty()) {
                continue;
            }
            List<CapacityItemInput> rows = new ArrayList<>();
            for (int i = 0; i < ITEMS.size(); i++) {
                CapacityItemInput template = ITEMS.get(i);
                rows.add(new CapacityItemInput(template.phase(), template.kind(), template.title(), null,
                        template.responsibleOrganisation(), null, status(entry.getValue().charAt(i)), LABEL,
                        MEETS.get(i) == null ? null : examples.get(MEETS.get(i))));
            }
            items.createAll(municipality, rows, true);
            enablement.enable(TenantKind.MUNICIPALITY, municipality, LifecycleModule.ID);
            LOG.info("Demo mode: loaded an example inventory for {}", municipality);
        }
    }

    private static ItemStatus status(char code) {
        return switch (code) {
            case 'I' -> ItemStatus.IN_PLACE;
            case 'P' -> ItemStatus.PARTIAL;
            case 'L' -> ItemStatus.PLANNED;
            default -> ItemStatus.MISSING;
        };
    }

    private static CapacityItemInput item(Phase phase, ItemKind kind, String title, String responsible) {
        return new CapacityItemInput(phase, kind, title, null, responsible, null, ItemStatus.MISSING, null, null);
    }
}

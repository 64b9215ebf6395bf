package org.samverka.plugin.lifecycle;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.TenantKind;
import org.samverka.plugin.lifecycle.api.ItemSummary;
import org.samverka.plugin.lifecycle.api.LifecycleItems;

/** The lifecycle plugin's service to other plugins: one capacity item of a municipality, as they show it. */
@Component
public final class ItemsForOtherModules implements LifecycleItems {

    private final ItemStore items;
    private final ModuleEnablement enablement;

    @Activate
    public ItemsForOtherModules(@Reference ItemStore items, @Reference ModuleEnablement enablement) {
        this.items = items;
        this.enablement = enablement;
    }

    @Override
    public Optional<ItemSummary> item(String municipalityId, long itemId) {
        if (municipalityId == null || !enablement.isEnabled(TenantKind.MUNICIPALITY, municipalityId, LifecycleModule.ID)) {
            return Optional.empty();
        }
        try {
            CapacityItem item = items.get(municipalityId, itemId);
            return Optional.of(new ItemSummary(item.id(), item.phase().name(), item.kind().name(), item.status().name(), item.title(),
                    item.status() == ItemStatus.MISSING, ApiPaths.BASE + "/municipalities/" + municipalityId + "/lifecycle/items/" + item.id()));
        } catch (RowNotFoundException gone) {
            return Optional.empty();
        }
    }
}

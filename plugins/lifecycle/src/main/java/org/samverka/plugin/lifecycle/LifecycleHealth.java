package org.samverka.plugin.lifecycle;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.ModuleHealthCheck;
import org.samverka.api.rest.Paging;
import org.samverka.api.storage.StorageException;

/** Tells {@code /health} whether the capacity inventory answers; shown under the module "lifecycle". */
@Component
@ModuleHealthCheck(module = LifecycleModule.ID, name = "Capacity inventory answers")
public final class LifecycleHealth implements HealthCheck {

    private final ItemStore items;

    @Activate
    public LifecycleHealth(@Reference ItemStore items) {
        this.items = items;
    }

    @Override
    public Result execute() {
        try {
            // A page for no municipality runs the store's own queries and finds nothing.
            items.page("", new ItemStore.Filter(null, null, null), Paging.of(0, 1));
            return new Result(Result.Status.OK, "The CAPACITY_ITEM table answers.");
        } catch (StorageException e) {
            return new Result(Result.Status.CRITICAL, "The CAPACITY_ITEM table does not answer: " + e.getMessage());
        }
    }
}

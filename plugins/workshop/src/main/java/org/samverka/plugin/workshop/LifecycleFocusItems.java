package org.samverka.plugin.workshop;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.plugin.lifecycle.api.LifecycleItems;

/** A workshop's focus item from the municipality's lifecycle map. Active only while the lifecycle plugin's service is there. */
@Component
public final class LifecycleFocusItems implements FocusItems {

    private final LifecycleItems lifecycle;

    @Activate
    public LifecycleFocusItems(@Reference LifecycleItems lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Optional<FocusItem> find(String municipalityId, long itemId) {
        return lifecycle.item(municipalityId, itemId).map(i -> new FocusItem(i.id(), i.phase(), i.kind(), i.status(), i.title(),
                i.whiteSpot(), i.path()));
    }
}

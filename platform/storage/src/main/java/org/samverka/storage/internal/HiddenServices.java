package org.samverka.storage.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps the pooled database and the schema catalog out of sight of every other bundle: they are
 * services only so that this bundle's components can share them. The framework asks this hook
 * before it shows any bundle a service or tells it of one, so that a plugin looking for a
 * {@code DataSource}, by type or by any filter, finds nothing.
 */
@Component(service = {FindHook.class, EventListenerHook.class})
public final class HiddenServices implements FindHook, EventListenerHook {

    private static final Set<String> HIDDEN = Set.of(EmbeddedDerbyDataSource.class.getName(), SchemaCatalog.class.getName());

    private final long self;

    @Activate
    public HiddenServices(BundleContext context) {
        this.self = context.getBundle().getBundleId();
    }

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        if (!mayLook(context)) {
            references.removeIf(this::hidden);
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        if (hidden(event.getServiceReference())) {
            listeners.keySet().removeIf(context -> !mayLook(context));
        }
    }

    /** This bundle, and the framework itself. */
    private boolean mayLook(BundleContext context) {
        Bundle bundle = context.getBundle();
        return bundle.getBundleId() == self || bundle.getBundleId() == Constants.SYSTEM_BUNDLE_ID;
    }

    private boolean hidden(ServiceReference<?> reference) {
        Bundle owner = reference.getBundle();
        if (owner == null || owner.getBundleId() != self) {
            return false;
        }
        for (String type : (String[]) reference.getProperty(Constants.OBJECTCLASS)) {
            if (HIDDEN.contains(type)) {
                return true;
            }
        }
        return false;
    }
}

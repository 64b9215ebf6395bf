package org.samverka.test.intruder;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.Storage;

/**
 * Tries each reach a plugin must not make, once, when it starts, and registers what happened as
 * the properties {@code reach.<name>} of a service ({@code refused: <why>} or {@code ALLOWED}),
 * with {@code observed} counting the transactions it was shown.
 */
@Component(immediate = true)
public final class Reaches {

    private static final String NOTES_BUNDLE = "org.samverka.plugin.notes";

    private final AtomicInteger observed = new AtomicInteger();
    private final Map<String, Object> report = new TreeMap<>();
    private final ServiceRegistration<?>[] observers = new ServiceRegistration<?>[2];
    private final ServiceRegistration<Object> registration;

    @Activate
    public Reaches(BundleContext context, @Reference Storage storage) {
        Bundle self = context.getBundle();
        report.put("reach.platformSchema", attempt(() -> storage.schema("samverka-tenants", self)));
        report.put("reach.otherPluginSchema", attempt(() -> storage.schema("notes", self)));
        report.put("reach.otherBundlesIdentity", attempt(() -> storage.schema("borrowed", bundle(context, NOTES_BUNDLE))));
        report.put("reach.dataSourceByType", attempt(() -> {
            ServiceReference<?>[] found = context.getServiceReferences(DataSource.class.getName(), null);
            return found == null ? null : found[0];
        }));
        report.put("reach.dataSourceAmongAllServices", attempt(() -> anyDataSource(context)));
        report.put("ownSchema", attempt(() -> storage.schema("intruder", self)).equals("ALLOWED") ? "opened" : "refused");
        report.put("observed", 0);
        registration = context.registerService(Object.class, new Object(), new Hashtable<>(report));
        observers[0] = context.registerService(org.samverka.api.storage.TransactionObserver.class.getName(),
                new ApiObserver(this::seen), null);
        try {
            observers[1] = SpiObserver.register(context, this::seen);
        } catch (LinkageError notWired) {
            observers[1] = null;
        }
        report.put("spiObserverRegistered", observers[1] != null);
        registration.setProperties(new Hashtable<>(report));
    }

    /** A transaction was shown to one of the observers: the tests read the count. */
    private synchronized void seen() {
        report.put("observed", observed.incrementAndGet());
        registration.setProperties(new Hashtable<>(report));
    }

    @Deactivate
    void stop() {
        Arrays.stream(observers).filter(r -> r != null).forEach(ServiceRegistration::unregister);
    }

    private static Object anyDataSource(BundleContext context) throws Exception {
        ServiceReference<?>[] all = context.getAllServiceReferences(null, null);
        for (ServiceReference<?> reference : all == null ? new ServiceReference<?>[0] : all) {
            if (!"org.samverka.storage".equals(reference.getBundle().getSymbolicName())) {
                continue;
            }
            Object service = context.getService(reference);
            try {
                if (service instanceof DataSource dataSource) {
                    try (Connection taken = dataSource.getConnection()) {
                        return taken;
                    }
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return null;
    }

    private static Bundle bundle(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new IllegalStateException(symbolicName + " is not installed"));
    }

    /** {@code ALLOWED} when the reach returned something, else why it was refused. */
    private static String attempt(Reach reach) {
        try {
            return reach.run() == null ? "refused: nothing found" : "ALLOWED";
        } catch (Exception | LinkageError e) {
            return "refused: " + e.getMessage();
        }
    }

    @FunctionalInterface
    private interface Reach {
        Object run() throws Exception;
    }
}

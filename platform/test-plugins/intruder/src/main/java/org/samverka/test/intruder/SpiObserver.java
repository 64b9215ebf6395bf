package org.samverka.test.intruder;

import java.sql.Connection;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.samverka.storage.spi.TransactionObserver;

/** The platform's own observer interface, which storage calls only for platform bundles. */
final class SpiObserver implements TransactionObserver {

    private final Runnable seen;

    private SpiObserver(Runnable seen) {
        this.seen = seen;
    }

    /** Registers one; null when the framework did not wire the SPI package to this bundle. */
    static ServiceRegistration<?> register(BundleContext context, Runnable seen) {
        try {
            return context.registerService(TransactionObserver.class, new SpiObserver(seen), null);
        } catch (NoClassDefFoundError notWired) {
            return null;
        }
    }

    @Override
    public void beforeCommit(Connection connection) {
        seen.run();
    }
}

package org.samverka.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.StorageException;
import org.samverka.storage.spi.PlatformBundles;
import org.samverka.storage.spi.TransactionObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schemas of the shared database: who owns each, their migrations, and the observers every
 * writing transaction is shown to. Each bundle reaches it only through its own {@link SchemaStorage}.
 */
@Component(service = SchemaCatalog.class)
public final class SchemaCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaCatalog.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final String PLATFORM_PREFIX = "SAMVERKA";

    private final EmbeddedDerbyDataSource dataSource;
    private final MigrationRunner migrations;
    private final SchemaOwners owners;
    private final List<TransactionObserver> observers = new CopyOnWriteArrayList<>();

    @Activate
    public SchemaCatalog(@Reference EmbeddedDerbyDataSource dataSource) {
        this.dataSource = dataSource;
        this.migrations = new MigrationRunner(dataSource);
        this.owners = new SchemaOwners(dataSource);
    }

    /** The schema, claimed for and migrated with the bundle; see {@link Storage#schema}. */
    SchemaAccess open(String schema, Bundle bundle) {
        String name = normalize(schema);
        if (name.startsWith(PLATFORM_PREFIX) && !PlatformBundles.isPlatform(bundle)) {
            throw new StorageException("Schema names starting with " + PLATFORM_PREFIX + " are the platform's; bundle "
                    + bundle.getSymbolicName() + " may not open " + name + ". Name a plugin's schema after its module id.");
        }
        // Deferred to first use so that activation never waits for Derby to boot.
        migrations.prepareHistory();
        owners.claim(name, bundle.getSymbolicName());
        migrations.migrate(name, scriptsOf(bundle), bundle.getSymbolicName() + " " + bundle.getVersion());
        return new PooledSchema(name, dataSource, () -> observers);
    }

    boolean isAvailable() {
        return dataSource.isAvailable();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addObserver(TransactionObserver observer, ServiceReference<TransactionObserver> reference) {
        if (PlatformBundles.isPlatform(reference.getBundle())) {
            observers.add(observer);
        } else {
            LOG.warn("Ignoring the transaction observer of bundle {}: only the platform's own bundles see transactions",
                    reference.getBundle().getSymbolicName());
        }
    }

    void removeObserver(TransactionObserver observer) {
        observers.remove(observer);
    }

    /** The plugin API's observer type is no longer called, by anyone: say so to the bundle that registers one. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    @SuppressWarnings("deprecation")
    void addIgnoredObserver(org.samverka.api.storage.TransactionObserver observer,
            ServiceReference<org.samverka.api.storage.TransactionObserver> reference) {
        LOG.warn("Ignoring the transaction observer of bundle {}: plugins are not shown other transactions",
                reference.getBundle().getSymbolicName());
    }

    @SuppressWarnings("deprecation")
    void removeIgnoredObserver(org.samverka.api.storage.TransactionObserver observer) {
        // nothing was kept
    }

    static String normalize(String schema) {
        if (schema == null || !SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Schema name '" + schema
                    + "' must start with a letter and hold only letters, digits, '-' and '_' (at most 64)");
        }
        String name = schema.toUpperCase(Locale.ROOT).replace('-', '_');
        if (name.startsWith("SYS") || name.equals(MigrationRunner.HISTORY_SCHEMA)) {
            throw new IllegalArgumentException("Schema name '" + schema + "' is reserved");
        }
        return name;
    }

    private static List<MigrationScript> scriptsOf(Bundle bundle) {
        Enumeration<URL> entries = bundle.findEntries(Storage.MIGRATIONS_FOLDER, "*.sql", false);
        List<MigrationScript> scripts = new ArrayList<>();
        for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String path = entry.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            scripts.add(MigrationScript.fromFile(fileName, read(entry)).orElseThrow(() -> new StorageException(
                    "Migration file " + path + " of bundle " + bundle.getSymbolicName()
                            + " must be named V<version>__<description>.sql")));
        }
        return scripts;
    }

    private static String read(URL entry) {
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("Could not read migration " + entry, e);
        }
    }
}

package org.samverka.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.StorageException;
import org.samverka.api.storage.TransactionObserver;

/** Hands out schemas of the shared database, migrated from the files their bundles ship. */
@Component(service = Storage.class)
public final class SchemaStorage implements Storage {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final DataSource dataSource;
    private final MigrationRunner migrations;
    private final List<TransactionObserver> observers = new CopyOnWriteArrayList<>();

    @Activate
    public SchemaStorage(@Reference(target = "(" + EmbeddedDerbyDataSource.NAME_PROPERTY + "=main)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.migrations = new MigrationRunner(dataSource);
    }

    @Override
    public SchemaAccess schema(String schema, Bundle bundle) {
        String name = normalize(schema);
        // Deferred to first use so that activation never waits for Derby to boot.
        migrations.prepareHistory();
        migrations.migrate(name, scriptsOf(bundle));
        return new PooledSchema(name, dataSource, () -> observers);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addObserver(TransactionObserver observer) {
        observers.add(observer);
    }

    void removeObserver(TransactionObserver observer) {
        observers.remove(observer);
    }

    @Override
    public boolean isAvailable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
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
        Enumeration<URL> entries = bundle.findEntries(MIGRATIONS_FOLDER, "*.sql", false);
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

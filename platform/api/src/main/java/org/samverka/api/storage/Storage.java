package org.samverka.api.storage;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * The platform's database. A bundle asks for its own schema once, typically in the
 * {@code @Activate} constructor of the component that holds its data access.
 */
@ProviderType
public interface Storage {

    /** Folder inside a bundle that holds its migrations: {@code V1__create_notes.sql}, {@code V2__...}. */
    String MIGRATIONS_FOLDER = "db/migration";

    /**
     * Creates the schema if needed, applies the bundle's pending migrations from
     * {@link #MIGRATIONS_FOLDER} in version order (each once per database, recorded with its
     * checksum), and returns access to the schema.
     *
     * @param schema the schema name, by convention the module id ({@code lifecycle}); letters,
     *        digits, {@code -} and {@code _}; stored in upper case with {@code -} as {@code _}
     * @param bundle the bundle whose migration files to apply
     * @throws StorageException when a migration fails or an applied migration was changed
     */
    SchemaAccess schema(String schema, Bundle bundle);

    /** True when the database answers a trivial query right now. */
    boolean isAvailable();
}

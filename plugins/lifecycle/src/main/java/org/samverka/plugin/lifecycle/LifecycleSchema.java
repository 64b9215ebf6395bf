package org.samverka.plugin.lifecycle;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;

/** The module's schema, migrated once when the plugin starts, shared by its stores. */
@Component(service = LifecycleSchema.class)
public final class LifecycleSchema {

    private final SchemaAccess db;

    @Activate
    public LifecycleSchema(@Reference Storage storage, BundleContext context) {
        this(storage.schema(LifecycleModule.ID, context.getBundle()));
    }

    /** Over a schema already migrated, for tests of the stores' queries. */
    LifecycleSchema(SchemaAccess db) {
        this.db = db;
    }

    SchemaAccess db() {
        return db;
    }
}

package org.samverka.plugin.lifecycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            statement.setObject(i + 1, arg instanceof Enum<?> e ? e.name() : arg);
        }
        return statement;
    }
}

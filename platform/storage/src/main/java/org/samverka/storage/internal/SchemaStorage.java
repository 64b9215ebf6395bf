package org.samverka.storage.internal;

import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.StorageException;

/**
 * The {@link Storage} service as one bundle gets it: the framework makes one per bundle that
 * uses it, so it knows who asks, and a bundle opens its own schemas and no one else's.
 */
@Component(service = Storage.class, scope = ServiceScope.BUNDLE)
public final class SchemaStorage implements Storage {

    private final SchemaCatalog catalog;
    private final Bundle user;

    @Activate
    public SchemaStorage(@Reference SchemaCatalog catalog, ComponentContext context) {
        this.catalog = catalog;
        this.user = context.getUsingBundle();
    }

    @Override
    public SchemaAccess schema(String schema, Bundle bundle) {
        if (bundle == null || bundle.getBundleId() != user.getBundleId()) {
            throw new StorageException("Bundle " + user.getSymbolicName() + " asked for schema '" + schema + "' as bundle "
                    + (bundle == null ? null : bundle.getSymbolicName()) + "; a bundle opens schemas only as itself: "
                    + "pass context.getBundle().");
        }
        return catalog.open(schema, user);
    }

    @Override
    public boolean isAvailable() {
        return catalog.isAvailable();
    }
}

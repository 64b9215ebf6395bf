package org.samverka.storage.internal;

import java.nio.file.Path;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** A real on-disk Derby database for tests of the storage code. */
final class EmbeddedDerby {

    private EmbeddedDerby() {
    }

    static EmbeddedDataSource at(Path directory) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(directory.resolve("db").toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        return ds;
    }
}

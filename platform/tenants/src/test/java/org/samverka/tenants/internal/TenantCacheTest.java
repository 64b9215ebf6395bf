package org.samverka.tenants.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StorageException;
import org.samverka.api.storage.TransactionWork;
import org.samverka.api.tenant.TenantKind;

/**
 * Tenants in memory on a real Derby with this bundle's migrations: a change through the cache is
 * seen at once, and a second cache on the same database (another node) sees the change once it has looked at the generation counter.
 */
class TenantCacheTest {

    @TempDir
    Path directory;

    private EmbeddedDataSource derby;
    private SchemaAccess schema;

    @BeforeEach
    void migrate() throws Exception {
        derby = new EmbeddedDataSource();
        derby.setDatabaseName(directory.resolve("db").toString());
        derby.setCreateDatabase("create");
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA SAMVERKA");
            c.setSchema("SAMVERKA");
            for (String migration : List.of("V1__create_tenants.sql", "V2__tenant_ids_are_never_reused.sql",
                    "V3__tenant_generation.sql")) {
                for (String statement : read("db/migration/" + migration).split(";\\s*\\n")) {
                    if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                        s.execute(statement);
                    }
                }
            }
        }
        schema = new PlainSchema();
        new TenantCache(schema).write(tx -> tx.update("INSERT INTO REGION (ID, CODE, NAME, COUNTRY, VERSION, CREATED_AT, "
                + "UPDATED_AT) VALUES ('norrbotten', '25', 'Norrbotten', 'SE', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
    }

    @Test
    void aChangeThroughTheCacheIsSeenAtOnce() {
        TenantCache cache = new TenantCache(schema);
        assertEquals(List.of(), cache.get().municipalitiesOf("norrbotten"));
        cache.write(tx -> addLulea(tx));
        assertEquals("lulea", cache.get().municipality("lulea").orElseThrow().id());
        cache.write(tx -> tx.update("INSERT INTO MODULE_ENABLEMENT (TENANT_KIND, TENANT_ID, MODULE_ID, ENABLED_AT) "
                + "VALUES ('MUNICIPALITY', 'lulea', 'lifecycle', ?)", Instant.now()));
        assertTrue(cache.get().isEnabled(TenantKind.MUNICIPALITY, "lulea", "lifecycle"));
        assertEquals(List.of("lulea"), cache.get().municipalitiesUsing("norrbotten", "lifecycle").stream()
                .map(m -> m.id()).toList());
    }

    @Test
    void anotherNodesChangeIsSeenOnceTheGenerationIsChecked() {
        TenantCache here = new TenantCache(schema);
        TenantCache otherNode = new TenantCache(schema);
        assertTrue(here.get().municipality("lulea").isEmpty());
        otherNode.write(tx -> addLulea(tx));
        assertTrue(here.get().municipality("lulea").isEmpty(), "served from memory until the next check");
        here.checkDatabase();
        assertTrue(here.get().municipality("lulea").isPresent());
        here.checkDatabase();
        assertFalse(here.get().municipalitiesOf("norrbotten").isEmpty());
    }

    private static int addLulea(org.samverka.api.storage.Transaction tx) throws SQLException {
        return tx.update("INSERT INTO MUNICIPALITY (ID, REGION_ID, CODE, NAME, VERSION, CREATED_AT, UPDATED_AT) "
                + "VALUES ('lulea', 'norrbotten', '2580', 'Luleå', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = TenantCacheTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private final class PlainSchema implements SchemaAccess {
        @Override
        public String name() {
            return "SAMVERKA";
        }

        @Override
        public <T> T inTransaction(TransactionWork<T> work) {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                T result = work.execute(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                throw new StorageException(e.getMessage(), e);
            }
        }

        @Override
        public Connection connection() {
            try {
                Connection c = derby.getConnection();
                c.setSchema("SAMVERKA");
                return c;
            } catch (SQLException e) {
                throw new StorageException(e.getMessage(), e);
            }
        }
    }
}

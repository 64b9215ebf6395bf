package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stores' own queries on Derby with the plugin's own migrations, while another municipality
 * (or region) holds uncommitted rows, as a long CSV import does: a read of Luleå must not wait
 * for Kiruna's locks. With a lock wait of one second, a query that did would fail here.
 */
class MunicipalitiesDoNotWaitForEachOtherTest {

    private static final int LULEA_ITEMS = 300;

    @TempDir
    Path directory;

    private EmbeddedDataSource derby;
    private Connection importing;
    private LifecycleSchema schema;
    private History history;

    @BeforeEach
    void migrateAndHoldAnotherMunicipalitysRows() throws Exception {
        TestDatabase db = new TestDatabase(directory);
        derby = db.derby;
        try (Connection c = derby.getConnection();
                CallableStatement wait = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')")) {
            wait.execute();
        }
        schema = db.schema();
        history = new History(schema.db(), java.time.Clock.systemUTC(), Runnable::run);
        // A few municipalities' inventories and the statistics Derby keeps of them: with those, its
        // optimizer is tempted to read an id-ordered listing of one municipality by the primary key.
        for (String town : List.of("lulea", "boden", "pitea")) {
            new ItemStore(schema, TestDatabase.TENANTS, history).createAll(town,
                    java.util.Collections.nCopies(LULEA_ITEMS, item("Inflyttarlots")), false);
        }
        try (Connection c = derby.getConnection();
                CallableStatement statistics = c.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('LIFECYCLE', ?, NULL)")) {
            for (String table : List.of("CAPACITY_ITEM", "CAPACITY_ACTION", "PERSONA")) {
                statistics.setString(1, table);
                statistics.execute();
            }
        }

        importing = derby.getConnection();
        importing.setSchema("LIFECYCLE");
        importing.setAutoCommit(false);
        try (Statement s = importing.createStatement()) {
            for (int i = 0; i < 50; i++) {
                s.executeUpdate("INSERT INTO CAPACITY_ITEM (MUNICIPALITY_ID, PHASE, KIND, TITLE, STATUS, VERSION, CREATED_AT, "
                        + "UPDATED_AT) VALUES ('kiruna', 'ATTRACT', 'EFFORT', 'Import " + i + "', 'PLANNED', 1, CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP)");
            }
            s.executeUpdate("INSERT INTO CAPACITY_ACTION (MUNICIPALITY_ID, PHASE, TITLE, STATUS, ITEM_IDS, VERSION, CREATED_AT, "
                    + "UPDATED_AT) VALUES ('kiruna', 'ROOT', 'x', 'OPEN', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO PERSONA (REGION_ID, NAME, DRIVERS, VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES ('vasterbotten', 'x', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
    }

    @AfterEach
    void rollBackTheImport() throws SQLException {
        importing.rollback();
        importing.close();
    }

    @Test
    void luleasItemsAndActionsAreReadWhileKirunaImports() {
        ItemStore items = new ItemStore(schema, TestDatabase.TENANTS, history);
        var none = new ItemStore.Filter(null, null, null);
        var page = items.page("lulea", none, org.samverka.api.rest.Paging.of(0, 100));
        assertEquals(100, page.items().size());
        assertEquals(LULEA_ITEMS, page.total());
        long id = items.all("lulea").get(0).id();
        assertEquals("Inflyttarlots", items.get("lulea", id).title());
        assertEquals(List.of(), new ActionStore(schema).list("lulea"));
        assertEquals(2, items.createAll("lulea", List.of(item("Språkcafé"), item("Mentorer")), false).size());
        var lulea = TestDatabase.TENANTS.municipality("lulea").orElseThrow();
        assertEquals(Readiness.PhaseState.SCORED, new Assessments(schema, history).of(lulea, "sv", 50).phases().get(3).state());
        assertEquals(1, new Assessments(schema, history).matrix("norrbotten", List.of(lulea), "sv", 50).size());
        assertEquals(1, new Assessments(schema, history).computed("norrbotten", List.of(lulea), "sv", 50).size(),
                "the matrix computed from Luleå's items, as after a start");
    }

    @Test
    void norrbottensPersonasAreReadWhileVasterbottenWritesItsOwn() {
        assertEquals("Den globala inflyttaren", new RegionDataStore(schema).personas("norrbotten").get(0).name());
    }

    private static CapacityItemInput item(String title) {
        return new CapacityItemInput(Phase.INTRODUCE, ItemKind.ROLE, title, null, null, null, ItemStatus.IN_PLACE, null, null);
    }
}

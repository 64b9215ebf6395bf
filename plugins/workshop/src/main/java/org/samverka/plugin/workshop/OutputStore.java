package org.samverka.plugin.workshop;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.ConflictException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/**
 * What came out of workshops, in schema WORKSHOP. Changes to an output are compare-and-sets on
 * its version; a dot vote is an increment (votes cast at the same moment all count), and a
 * decision becomes an action at most once.
 */
@Component(service = OutputStore.class)
public final class OutputStore {

    private final SchemaAccess db;

    @Activate
    public OutputStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(WorkshopModule.ID, context.getBundle());
    }

    List<Output> list(String municipalityId, long workshopId) {
        return db.transaction(tx -> {
            WorkshopStore.requireWorkshop(tx, municipalityId, workshopId);
            return tx.list(OutputStore::output, "SELECT * FROM WORKSHOP_OUTPUT WHERE MUNICIPALITY_ID = ? AND WORKSHOP_ID = ? ORDER BY ID",
                    municipalityId, workshopId);
        });
    }

    Output get(String municipalityId, long workshopId, long id) {
        return db.transaction(tx -> find(tx, municipalityId, workshopId, id));
    }

    Output create(String municipalityId, long workshopId, OutputInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            WorkshopStore.requireWorkshop(tx, municipalityId, workshopId);
            long id = tx.insert("INSERT INTO WORKSHOP_OUTPUT (WORKSHOP_ID, MUNICIPALITY_ID, KIND, TEXT, PHASE, SUPERVOTE, VERSION, "
                    + "CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", workshopId, municipalityId, in.kind(), in.text(),
                    in.phase(), Boolean.TRUE.equals(in.supervote()), now, now);
            return find(tx, municipalityId, workshopId, id);
        });
    }

    Output replace(String municipalityId, long workshopId, long id, ExpectedVersion expected, OutputInput in) {
        return db.transaction(tx -> {
            row(tx, municipalityId, workshopId, id).update(expected, "KIND = ?, TEXT = ?, PHASE = ?, SUPERVOTE = ?, UPDATED_AT = ?",
                    in.kind(), in.text(), in.phase(), Boolean.TRUE.equals(in.supervote()), Instant.now());
            return find(tx, municipalityId, workshopId, id);
        });
    }

    void delete(String municipalityId, long workshopId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, municipalityId, workshopId, id).delete(expected));
    }

    /** Adds (or, negative, takes back) dot votes on an idea; never below none. */
    Output vote(String municipalityId, long workshopId, long id, int dots) {
        return db.transaction(tx -> {
            Output idea = find(tx, municipalityId, workshopId, id);
            if (!idea.kind().equals("IDEA")) {
                throw new ConflictException("Only ideas take dot votes; output " + id + " is a " + idea.kind().toLowerCase() + ".");
            }
            tx.update("UPDATE WORKSHOP_OUTPUT SET DOTS = CASE WHEN DOTS + ? < 0 THEN 0 ELSE DOTS + ? END WHERE ID = ?", dots, dots, id);
            return find(tx, municipalityId, workshopId, id);
        });
    }

    /** Records the action a decision became; false when it had become one already (another request was first). */
    boolean recordAction(long id, String path) {
        return db.transaction(tx -> tx.update("UPDATE WORKSHOP_OUTPUT SET ACTION_PATH = ? WHERE ID = ? AND ACTION_PATH IS NULL", path, id)) == 1;
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String municipalityId, long workshopId, long id) {
        return tx.versionedRow("output " + id + " of workshop " + workshopId, "WORKSHOP_OUTPUT",
                "MUNICIPALITY_ID = ? AND WORKSHOP_ID = ? AND ID = ?", municipalityId, workshopId, id);
    }

    private static Output find(Transaction tx, String municipalityId, long workshopId, long id) throws SQLException {
        return tx.first(OutputStore::output, "SELECT * FROM WORKSHOP_OUTPUT WHERE MUNICIPALITY_ID = ? AND WORKSHOP_ID = ? AND ID = ?",
                municipalityId, workshopId, id).orElseThrow(() -> new RowNotFoundException("output " + id + " of workshop " + workshopId));
    }

    private static Output output(Row r) throws SQLException {
        return new Output(r.number("ID"), r.number("WORKSHOP_ID"), r.text("MUNICIPALITY_ID"), r.text("KIND"), r.text("TEXT"),
                r.text("PHASE"), r.integer("DOTS"), r.flag("SUPERVOTE"), r.text("ACTION_PATH"), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }
}

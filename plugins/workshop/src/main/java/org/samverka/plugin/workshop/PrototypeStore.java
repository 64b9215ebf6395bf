package org.samverka.plugin.workshop;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/** Prototypes and their test sessions, in schema WORKSHOP; a prototype's questions and steps are replaced with it. */
@Component(service = PrototypeStore.class)
public final class PrototypeStore {

    private final SchemaAccess db;

    @Activate
    public PrototypeStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(WorkshopModule.ID, context.getBundle());
    }

    List<Prototype> list(String municipalityId, long workshopId) {
        return db.transaction(tx -> {
            WorkshopStore.requireWorkshop(tx, municipalityId, workshopId);
            List<Prototype> all = new ArrayList<>();
            for (long id : tx.list(r -> r.number("ID"), "SELECT ID FROM PROTOTYPE WHERE MUNICIPALITY_ID = ? AND WORKSHOP_ID = ? ORDER BY ID",
                    municipalityId, workshopId)) {
                all.add(find(tx, municipalityId, workshopId, id));
            }
            return all;
        });
    }

    Prototype get(String municipalityId, long workshopId, long id) {
        return db.transaction(tx -> find(tx, municipalityId, workshopId, id));
    }

    Prototype create(String municipalityId, long workshopId, Prototype.Input in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            WorkshopStore.requireWorkshop(tx, municipalityId, workshopId);
            long id = tx.insert("INSERT INTO PROTOTYPE (WORKSHOP_ID, MUNICIPALITY_ID, WHAT, HYPOTHESIS, TARGET_GROUP, PHASE, PERSONA, SUMMARY, "
                    + "VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", workshopId, municipalityId, in.what(),
                    in.hypothesis(), in.targetGroup(), in.phase(), in.persona(), in.summary(), now, now);
            writeLines(tx, id, in);
            return find(tx, municipalityId, workshopId, id);
        });
    }

    Prototype replace(String municipalityId, long workshopId, long id, ExpectedVersion expected, Prototype.Input in) {
        return db.transaction(tx -> {
            tx.versionedRow("prototype " + id + " of workshop " + workshopId, "PROTOTYPE", "MUNICIPALITY_ID = ? AND WORKSHOP_ID = ? AND ID = ?",
                    municipalityId, workshopId, id).update(expected, "WHAT = ?, HYPOTHESIS = ?, TARGET_GROUP = ?, PHASE = ?, PERSONA = ?, "
                    + "SUMMARY = ?, UPDATED_AT = ?", in.what(), in.hypothesis(), in.targetGroup(), in.phase(), in.persona(), in.summary(),
                    Instant.now());
            tx.update("DELETE FROM PROTOTYPE_LINE WHERE PROTOTYPE_ID = ?", id);
            writeLines(tx, id, in);
            return find(tx, municipalityId, workshopId, id);
        });
    }

    void delete(String municipalityId, long workshopId, long id, ExpectedVersion expected) {
        db.transaction(tx -> tx.versionedRow("prototype " + id + " of workshop " + workshopId, "PROTOTYPE",
                "MUNICIPALITY_ID = ? AND WORKSHOP_ID = ? AND ID = ?", municipalityId, workshopId, id).delete(expected));
    }

    List<Prototype.Session> sessions(String municipalityId, long workshopId, long prototypeId) {
        return db.transaction(tx -> {
            find(tx, municipalityId, workshopId, prototypeId);
            List<Prototype.Session> all = new ArrayList<>();
            for (long id : tx.list(r -> r.number("ID"), "SELECT ID FROM TEST_SESSION WHERE PROTOTYPE_ID = ? ORDER BY ID", prototypeId)) {
                all.add(session(tx, prototypeId, id));
            }
            return all;
        });
    }

    Prototype.Session addSession(String municipalityId, long workshopId, long prototypeId, Prototype.SessionInput in) {
        return db.transaction(tx -> {
            find(tx, municipalityId, workshopId, prototypeId);
            long id = tx.insert("INSERT INTO TEST_SESSION (PROTOTYPE_ID, MUNICIPALITY_ID, TESTER_CODE, ORIGIN, HOUSEHOLD, OCCUPATION, PHASE, "
                    + "PERSONA, CONSENT, HELD_ON, NOTES, VERSION, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)", prototypeId,
                    municipalityId, in.testerCode(), in.origin(), in.household(), in.occupation(), in.phase(), in.persona(),
                    Boolean.TRUE.equals(in.consent()), in.heldOn(), in.notes(), Instant.now());
            for (int i = 0; i < in.answers().size(); i++) {
                tx.update("INSERT INTO TEST_MARK (SESSION_ID, KIND, POSITION, MARK) VALUES (?, 'ANSWER', ?, ?)", id, i, in.answers().get(i));
            }
            for (int i = 0; i < in.reactions().size(); i++) {
                tx.update("INSERT INTO TEST_MARK (SESSION_ID, KIND, POSITION, MARK) VALUES (?, 'REACTION', ?, ?)", id, i, in.reactions().get(i));
            }
            return session(tx, prototypeId, id);
        });
    }

    /** Erases one tester's session (their data with it); 404 when it is not this prototype's. */
    void deleteSession(String municipalityId, long workshopId, long prototypeId, long sessionId) {
        db.transaction(tx -> {
            find(tx, municipalityId, workshopId, prototypeId);
            if (tx.update("DELETE FROM TEST_SESSION WHERE PROTOTYPE_ID = ? AND ID = ?", prototypeId, sessionId) == 0) {
                throw new RowNotFoundException("test session " + sessionId + " of prototype " + prototypeId);
            }
            return null;
        });
    }

    private static void writeLines(Transaction tx, long id, Prototype.Input in) throws SQLException {
        for (int i = 0; i < in.questions().size(); i++) {
            tx.update("INSERT INTO PROTOTYPE_LINE (PROTOTYPE_ID, KIND, POSITION, TEXT) VALUES (?, 'QUESTION', ?, ?)", id, i, in.questions().get(i));
        }
        for (int i = 0; i < in.steps().size(); i++) {
            tx.update("INSERT INTO PROTOTYPE_LINE (PROTOTYPE_ID, KIND, POSITION, TEXT) VALUES (?, 'STEP', ?, ?)", id, i, in.steps().get(i));
        }
    }

    private static Prototype find(Transaction tx, String municipalityId, long workshopId, long id) throws SQLException {
        record Head(String what, String hypothesis, String targetGroup, String phase, String persona, String summary, long version,
                Instant createdAt, Instant updatedAt) {
        }
        Head h = tx.first(r -> new Head(r.text("WHAT"), r.text("HYPOTHESIS"), r.text("TARGET_GROUP"), r.text("PHASE"), r.text("PERSONA"),
                r.text("SUMMARY"), r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT")),
                "SELECT * FROM PROTOTYPE WHERE MUNICIPALITY_ID = ? AND WORKSHOP_ID = ? AND ID = ?", municipalityId, workshopId, id)
                .orElseThrow(() -> new RowNotFoundException("prototype " + id + " of workshop " + workshopId));
        List<String> questions = tx.list(r -> r.text("TEXT"), "SELECT TEXT FROM PROTOTYPE_LINE WHERE PROTOTYPE_ID = ? AND KIND = 'QUESTION' "
                + "ORDER BY POSITION", id);
        List<String> steps = tx.list(r -> r.text("TEXT"), "SELECT TEXT FROM PROTOTYPE_LINE WHERE PROTOTYPE_ID = ? AND KIND = 'STEP' "
                + "ORDER BY POSITION", id);
        return new Prototype(id, workshopId, municipalityId, h.what(), h.hypothesis(), h.targetGroup(), h.phase(), h.persona(), questions,
                steps, h.summary(), h.version(), h.createdAt(), h.updatedAt());
    }

    private static Prototype.Session session(Transaction tx, long prototypeId, long id) throws SQLException {
        List<String> answers = tx.list(r -> r.text("MARK"), "SELECT MARK FROM TEST_MARK WHERE SESSION_ID = ? AND KIND = 'ANSWER' ORDER BY POSITION", id);
        List<String> reactions = tx.list(r -> r.text("MARK"), "SELECT MARK FROM TEST_MARK WHERE SESSION_ID = ? AND KIND = 'REACTION' "
                + "ORDER BY POSITION", id);
        return tx.first(r -> new Prototype.Session(r.number("ID"), prototypeId, r.text("TESTER_CODE"), r.text("ORIGIN"), r.text("HOUSEHOLD"),
                r.text("OCCUPATION"), r.text("PHASE"), r.text("PERSONA"), r.flag("CONSENT"), r.date("HELD_ON"), r.text("NOTES"), answers,
                reactions, r.number("VERSION"), r.instant("CREATED_AT")), "SELECT * FROM TEST_SESSION WHERE ID = ?", id).orElseThrow();
    }
}

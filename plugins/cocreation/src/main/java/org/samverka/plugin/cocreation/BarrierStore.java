package org.samverka.plugin.cocreation;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/** A municipality's register of barriers and enablers (BARRIER, BARRIER_PROJECT). */
@Component(service = BarrierStore.class)
public final class BarrierStore {

    private final SchemaAccess db;

    @Activate
    public BarrierStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(CocreationModule.ID, context.getBundle());
    }

    List<Barrier> list(String municipalityId) {
        return db.transaction(tx -> read(tx, municipalityId, null));
    }

    Barrier get(String municipalityId, long id) {
        return db.transaction(tx -> one(tx, municipalityId, id));
    }

    static Barrier.Input check(Barrier.Input in) {
        var check = new Validation();
        check.check(in.kind() != null && Barrier.KINDS.contains(in.kind()), "kind", "must be one of " + Barrier.KINDS);
        check.check(in.level() != null && Barrier.LEVELS.contains(in.level()), "level", "must be one of " + Barrier.LEVELS);
        check.check(in.category() != null && Barrier.CATEGORIES.contains(in.category()), "category", "must be one of " + Barrier.CATEGORIES);
        String text = check.requiredText("text", in.text(), 2000);
        List<Long> projects = in.projectIds() == null ? List.of() : in.projectIds().stream().distinct().toList();
        check.check(projects.stream().allMatch(java.util.Objects::nonNull), "projectIds", "must be project ids");
        check.throwIfInvalid();
        return new Barrier.Input(in.kind(), in.level(), in.category(), text, projects);
    }

    Barrier create(String municipalityId, Barrier.Input in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            long id = tx.insert("INSERT INTO BARRIER (MUNICIPALITY_ID, KIND, LEVEL_NAME, CATEGORY, TEXT, VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, 1, ?, ?)", municipalityId, in.kind(), in.level(), in.category(), in.text(), now, now);
            writeProjects(tx, municipalityId, id, in.projectIds());
            return one(tx, municipalityId, id);
        });
    }

    Barrier replace(String municipalityId, long id, ExpectedVersion expected, Barrier.Input in) {
        return db.transaction(tx -> {
            row(tx, municipalityId, id).update(expected, "KIND = ?, LEVEL_NAME = ?, CATEGORY = ?, TEXT = ?, UPDATED_AT = ?", in.kind(),
                    in.level(), in.category(), in.text(), Instant.now());
            tx.update("DELETE FROM BARRIER_PROJECT WHERE BARRIER_ID = ?", id);
            writeProjects(tx, municipalityId, id, in.projectIds());
            return one(tx, municipalityId, id);
        });
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, municipalityId, id).delete(expected));
    }

    private static void writeProjects(Transaction tx, String municipalityId, long id, List<Long> projectIds) throws SQLException {
        for (int i = 0; i < projectIds.size(); i++) {
            if (tx.number("SELECT COUNT(*) FROM PROJECT WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, projectIds.get(i)) == 0) {
                throw ApiProblem.invalid("projectIds[" + i + "]", "names no project of municipality '" + municipalityId + "'");
            }
            tx.update("INSERT INTO BARRIER_PROJECT (BARRIER_ID, PROJECT_ID) VALUES (?, ?)", id, projectIds.get(i));
        }
    }

    private static Barrier one(Transaction tx, String municipalityId, long id) throws SQLException {
        return read(tx, municipalityId, id).stream().findFirst().orElseThrow(() -> new RowNotFoundException(what(municipalityId, id)));
    }

    private static List<Barrier> read(Transaction tx, String municipalityId, Long onlyId) throws SQLException {
        String and = onlyId == null ? "" : " AND B.ID = ?";
        Object[] args = onlyId == null ? new Object[] {municipalityId} : new Object[] {municipalityId, onlyId};
        Map<Long, List<Long>> projects = new LinkedHashMap<>();
        for (long[] link : tx.list(r -> new long[] {r.number("BARRIER_ID"), r.number("PROJECT_ID")}, "SELECT P.BARRIER_ID, P.PROJECT_ID "
                + "FROM BARRIER_PROJECT P JOIN BARRIER B ON B.ID = P.BARRIER_ID WHERE B.MUNICIPALITY_ID = ?" + and + " ORDER BY P.PROJECT_ID",
                args)) {
            projects.computeIfAbsent(link[0], k -> new ArrayList<>()).add(link[1]);
        }
        return tx.list(r -> new Barrier(r.number("ID"), r.text("MUNICIPALITY_ID"), r.text("KIND"), r.text("LEVEL_NAME"), r.text("CATEGORY"),
                r.text("TEXT"), projects.getOrDefault(r.number("ID"), List.of()), r.number("VERSION"), r.instant("CREATED_AT"),
                r.instant("UPDATED_AT")), "SELECT * FROM BARRIER B WHERE B.MUNICIPALITY_ID = ?" + and + " ORDER BY B.ID", args);
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "BARRIER", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static String what(String municipalityId, long id) {
        return "barrier or enabler " + id + " of municipality '" + municipalityId + "'";
    }
}

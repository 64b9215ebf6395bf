package org.samverka.plugin.portfolio;

import java.sql.SQLException;
import java.time.Instant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/**
 * Risks (RISK), groups and meeting places (CIRCLE, MEETING), roles and people trained
 * (PROGRAMME_ROLE, PROGRAMME.PEOPLE_TRAINED), each project's closure (PROJECT.LEARNED, LIVES_ON,
 * SHARED), and the region's library of shared projects.
 */
@Component(service = ContinuityStore.class)
public final class ContinuityStore {

    private final SchemaAccess db;

    @Activate
    public ContinuityStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(PortfolioModule.ID, context.getBundle());
    }

    // Risks

    List<Continuity.Risk> risks(String municipalityId, long programmeId) {
        return db.transaction(tx -> {
            PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
            return tx.list(ContinuityStore::risk, "SELECT * FROM RISK WHERE PROGRAMME_ID = ? ORDER BY ID", programmeId);
        });
    }

    Continuity.Risk risk(String municipalityId, long programmeId, long id) {
        return db.transaction(tx -> risk(tx, municipalityId, programmeId, id));
    }

    Continuity.Risk createRisk(String municipalityId, long programmeId, Continuity.RiskInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            requireProject(tx, municipalityId, programmeId, in.projectId());
            long id = tx.insert("INSERT INTO RISK (PROGRAMME_ID, PROJECT_ID, TEXT, CATEGORY, LIKELIHOOD, IMPACT, MITIGATION, STATUS, VERSION, "
                    + "CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", programmeId, in.projectId(), in.text(), in.category(),
                    in.likelihood(), in.impact(), in.mitigation(), in.status(), now, now);
            return risk(tx, municipalityId, programmeId, id);
        });
    }

    Continuity.Risk replaceRisk(String municipalityId, long programmeId, long id, ExpectedVersion expected, Continuity.RiskInput in) {
        return db.transaction(tx -> {
            requireProject(tx, municipalityId, programmeId, in.projectId());
            tx.versionedRow("risk " + id, "RISK", "PROGRAMME_ID = ? AND ID = ?", programmeId, id).update(expected, "PROJECT_ID = ?, TEXT = ?, "
                    + "CATEGORY = ?, LIKELIHOOD = ?, IMPACT = ?, MITIGATION = ?, STATUS = ?, UPDATED_AT = ?", in.projectId(), in.text(),
                    in.category(), in.likelihood(), in.impact(), in.mitigation(), in.status(), Instant.now());
            return risk(tx, municipalityId, programmeId, id);
        });
    }

    void deleteRisk(String municipalityId, long programmeId, long id, ExpectedVersion expected) {
        db.transaction(tx -> {
            PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
            return tx.versionedRow("risk " + id, "RISK", "PROGRAMME_ID = ? AND ID = ?", programmeId, id).delete(expected);
        });
    }

    // Groups and meeting places

    List<Continuity.Circle> circles(String municipalityId, long programmeId) {
        return db.transaction(tx -> {
            PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
            return circles(tx, programmeId);
        });
    }

    Continuity.Circle createCircle(String municipalityId, long programmeId, Continuity.CircleInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
            long id = tx.insert("INSERT INTO CIRCLE (PROGRAMME_ID, NAME, KIND, PURPOSE, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, 1, ?, ?)",
                    programmeId, in.name(), in.kind(), in.purpose(), now, now);
            return circle(tx, programmeId, id);
        });
    }

    void deleteCircle(String municipalityId, long programmeId, long id, ExpectedVersion expected) {
        db.transaction(tx -> {
            PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
            return tx.versionedRow("group " + id, "CIRCLE", "PROGRAMME_ID = ? AND ID = ?", programmeId, id).delete(expected);
        });
    }

    Continuity.Circle addMeeting(String municipalityId, long programmeId, long circleId, Continuity.MeetingInput in) {
        return db.transaction(tx -> {
            PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
            circle(tx, programmeId, circleId);
            tx.update("INSERT INTO MEETING (CIRCLE_ID, HELD_ON, ATTENDEES, LEAD_PRESENT) VALUES (?, ?, ?, ?)", circleId, in.heldOn(), in.attendees(),
                    in.leadPresent());
            return circle(tx, programmeId, circleId);
        });
    }

    // Roles and people trained

    Continuity.Capacity capacity(String municipalityId, long programmeId) {
        return db.transaction(tx -> capacity(tx, municipalityId, programmeId));
    }

    Continuity.Capacity setCapacity(String municipalityId, long programmeId, ExpectedVersion expected, Continuity.CapacityInput in) {
        return db.transaction(tx -> {
            tx.versionedRow("innovation programme " + programmeId, "PROGRAMME", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, programmeId)
                    .update(expected, "PEOPLE_TRAINED = ?, UPDATED_AT = ?", in.peopleTrained(), Instant.now());
            tx.update("DELETE FROM PROGRAMME_ROLE WHERE PROGRAMME_ID = ?", programmeId);
            for (int i = 0; i < in.roles().size(); i++) {
                tx.update("INSERT INTO PROGRAMME_ROLE (PROGRAMME_ID, POSITION, NAME, FILLED_BY) VALUES (?, ?, ?, ?)", programmeId, i,
                        in.roles().get(i).name(), in.roles().get(i).filledBy());
            }
            return capacity(tx, municipalityId, programmeId);
        });
    }

    // A project's closure and the region's library

    /** What a project learned, whether it lives on and whether it is shared, through the project's version; only a completed or stopped project is shared. */
    void close(String municipalityId, long programmeId, long projectId, ExpectedVersion expected, Continuity.ClosureInput in) {
        db.transaction(tx -> {
            PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
            String status = tx.first(r -> r.text("STATUS"), "SELECT STATUS FROM PROJECT WHERE PROGRAMME_ID = ? AND ID = ?", programmeId, projectId)
                    .orElseThrow(() -> new RowNotFoundException("project " + projectId + " of programme " + programmeId));
            if (Boolean.TRUE.equals(in.shared()) && !List.of("COMPLETED", "STOPPED").contains(status)) {
                throw ApiProblem.invalid("shared", "only a completed or stopped project goes into the region's library; this one is " + status);
            }
            return tx.versionedRow("project " + projectId, "PROJECT", "PROGRAMME_ID = ? AND ID = ?", programmeId, projectId).update(expected,
                    "LEARNED = ?, LIVES_ON = ?, SHARED = ?, UPDATED_AT = ?", in.learned(), in.livesOn(), Boolean.TRUE.equals(in.shared()), Instant.now());
        });
    }

    /** An entry of the region's library: a project its municipality chose to share. */
    public record Shared(String municipalityId, long programmeId, long projectId, String title, String description, String status,
            List<Integer> goals, String learned, Boolean livesOn) {
    }

    List<Shared> library(List<String> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return List.of();
        }
        String in = municipalityIds.stream().map(m -> "?").collect(Collectors.joining(", "));
        return db.transaction(tx -> tx.list(r -> new Shared(r.text("MUNICIPALITY_ID"), r.number("PROGRAMME_ID"), r.number("ID"), r.text("TITLE"),
                r.text("DESCRIPTION"), r.text("STATUS"), r.text("GOALS") == null ? List.of() : java.util.Arrays.stream(r.text("GOALS").split(","))
                        .map(Integer::parseInt).toList(), r.text("LEARNED"), nullableFlag(r, "LIVES_ON")), "SELECT P.*, G.MUNICIPALITY_ID FROM PROJECT P "
                + "JOIN PROGRAMME G ON G.ID = P.PROGRAMME_ID WHERE P.SHARED = TRUE AND G.MUNICIPALITY_ID IN (" + in + ") ORDER BY P.ID",
                municipalityIds.toArray()));
    }

    static Boolean nullableFlag(Row r, String column) throws SQLException {
        boolean value = r.resultSet().getBoolean(column);
        return r.resultSet().wasNull() ? null : value;
    }

    private static Continuity.Capacity capacity(Transaction tx, String municipalityId, long programmeId) throws SQLException {
        record Head(int trained, long version) {
        }
        Head head = tx.first(r -> new Head(r.integer("PEOPLE_TRAINED"), r.number("VERSION")),
                "SELECT PEOPLE_TRAINED, VERSION FROM PROGRAMME WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, programmeId)
                .orElseThrow(() -> new RowNotFoundException("innovation programme " + programmeId + " of municipality '" + municipalityId + "'"));
        List<Continuity.Role> roles = tx.list(r -> new Continuity.Role(r.text("NAME"), r.text("FILLED_BY")),
                "SELECT * FROM PROGRAMME_ROLE WHERE PROGRAMME_ID = ? ORDER BY POSITION", programmeId);
        return new Continuity.Capacity(roles, head.trained(), head.version());
    }

    private static List<Continuity.Circle> circles(Transaction tx, long programmeId) throws SQLException {
        record M(long circle, Continuity.Meeting meeting) {
        }
        Map<Long, List<Continuity.Meeting>> meetings = tx.list(r -> new M(r.number("CIRCLE_ID"), new Continuity.Meeting(r.number("ID"),
                r.date("HELD_ON"), r.integer("ATTENDEES"), r.flag("LEAD_PRESENT"))), "SELECT M.* FROM MEETING M JOIN CIRCLE C ON C.ID = M.CIRCLE_ID "
                + "WHERE C.PROGRAMME_ID = ? ORDER BY M.HELD_ON, M.ID", programmeId).stream().collect(Collectors.groupingBy(M::circle,
                        LinkedHashMap::new, Collectors.mapping(M::meeting, Collectors.toList())));
        return tx.list(r -> new Continuity.Circle(r.number("ID"), r.number("PROGRAMME_ID"), r.text("NAME"), r.text("KIND"), r.text("PURPOSE"),
                meetings.getOrDefault(r.number("ID"), List.of()), r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT")),
                "SELECT * FROM CIRCLE WHERE PROGRAMME_ID = ? ORDER BY ID", programmeId);
    }

    private static Continuity.Circle circle(Transaction tx, long programmeId, long id) throws SQLException {
        return circles(tx, programmeId).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new RowNotFoundException("group " + id + " of programme " + programmeId));
    }

    private static Continuity.Risk risk(Transaction tx, String municipalityId, long programmeId, long id) throws SQLException {
        PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
        return tx.first(ContinuityStore::risk, "SELECT * FROM RISK WHERE PROGRAMME_ID = ? AND ID = ?", programmeId, id)
                .orElseThrow(() -> new RowNotFoundException("risk " + id + " of programme " + programmeId));
    }

    private static Continuity.Risk risk(Row r) throws SQLException {
        return new Continuity.Risk(r.number("ID"), r.number("PROGRAMME_ID"), r.optionalNumber("PROJECT_ID"), r.text("TEXT"), r.text("CATEGORY"),
                r.integer("LIKELIHOOD"), r.integer("IMPACT"), r.text("MITIGATION"), r.text("STATUS"), r.number("VERSION"), r.instant("CREATED_AT"),
                r.instant("UPDATED_AT"));
    }

    private static void requireProject(Transaction tx, String municipalityId, long programmeId, Long projectId) throws SQLException {
        PortfolioStore.requireProgramme(tx, municipalityId, programmeId);
        if (projectId != null && tx.number("SELECT COUNT(*) FROM PROJECT WHERE PROGRAMME_ID = ? AND ID = ?", programmeId, projectId) == 0) {
            throw ApiProblem.invalid("projectId", "names no project of this programme");
        }
    }

}

package org.samverka.plugin.portfolio;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/**
 * A municipality's programmes (PROGRAMME) with their ledger (LEDGER), candidates (CANDIDATE) and
 * projects (PROJECT, PARTNER, BENEFIT). Everything is reached through the municipality's programme.
 */
@Component(service = PortfolioStore.class)
public final class PortfolioStore {

    private final SchemaAccess db;

    @Activate
    public PortfolioStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(PortfolioModule.ID, context.getBundle());
    }

    // Programmes

    List<Portfolio.Programme> programmes(String municipalityId) {
        return db.transaction(tx -> {
            List<Portfolio.Programme> out = new ArrayList<>();
            for (long id : tx.list(r -> r.number("ID"), "SELECT ID FROM PROGRAMME WHERE MUNICIPALITY_ID = ? ORDER BY ID", municipalityId)) {
                out.add(programme(tx, municipalityId, id));
            }
            return out;
        });
    }

    Portfolio.Programme programme(String municipalityId, long id) {
        return db.transaction(tx -> programme(tx, municipalityId, id));
    }

    Portfolio.Programme createProgramme(String municipalityId, Portfolio.ProgrammeInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> programme(tx, municipalityId, tx.insert("INSERT INTO PROGRAMME (MUNICIPALITY_ID, NAME, OWNER, STARTS_ON, "
                + "LENGTH_MONTHS, PORTFOLIO_MONTHS, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", municipalityId, in.name(),
                in.owner(), in.startsOn(), in.lengthMonths(), in.portfolioMonths(), now, now)));
    }

    Portfolio.Programme replaceProgramme(String municipalityId, long id, ExpectedVersion expected, Portfolio.ProgrammeInput in) {
        return db.transaction(tx -> {
            programmeRow(tx, municipalityId, id).update(expected, "NAME = ?, OWNER = ?, STARTS_ON = ?, LENGTH_MONTHS = ?, PORTFOLIO_MONTHS = ?, "
                    + "UPDATED_AT = ?", in.name(), in.owner(), in.startsOn(), in.lengthMonths(), in.portfolioMonths(), Instant.now());
            return programme(tx, municipalityId, id);
        });
    }

    void deleteProgramme(String municipalityId, long id, ExpectedVersion expected) {
        db.transaction(tx -> programmeRow(tx, municipalityId, id).delete(expected));
    }

    // Ledger

    List<Ledger.Month> ledger(String municipalityId, long programmeId) {
        return db.transaction(tx -> {
            requireProgramme(tx, municipalityId, programmeId);
            return months(tx, programmeId);
        });
    }

    /** The month's hours set (the month written again replaces them: a ledger line is one fact, not a running sum). */
    List<Ledger.Month> setMonth(String municipalityId, long programmeId, Ledger.Month month) {
        return db.transaction(tx -> {
            requireProgramme(tx, municipalityId, programmeId);
            if (tx.update("UPDATE LEDGER SET MUNICIPALITY_HOURS = ?, LEAD_HOURS = ? WHERE PROGRAMME_ID = ? AND MONTH_OF = ?",
                    month.municipalityHours(), month.leadHours(), programmeId, month.month()) == 0) {
                tx.update("INSERT INTO LEDGER (PROGRAMME_ID, MONTH_OF, MUNICIPALITY_HOURS, LEAD_HOURS) VALUES (?, ?, ?, ?)", programmeId,
                        month.month(), month.municipalityHours(), month.leadHours());
            }
            return months(tx, programmeId);
        });
    }

    private static List<Ledger.Month> months(Transaction tx, long programmeId) throws SQLException {
        return tx.list(r -> new Ledger.Month(r.text("MONTH_OF"), r.resultSet().getDouble("MUNICIPALITY_HOURS"),
                r.resultSet().getDouble("LEAD_HOURS")), "SELECT * FROM LEDGER WHERE PROGRAMME_ID = ? ORDER BY MONTH_OF", programmeId);
    }

    // Candidates

    List<Portfolio.Candidate> candidates(String municipalityId, long programmeId) {
        return db.transaction(tx -> {
            requireProgramme(tx, municipalityId, programmeId);
            return tx.list(PortfolioStore::candidate, "SELECT * FROM CANDIDATE WHERE PROGRAMME_ID = ? ORDER BY ID", programmeId);
        });
    }

    Portfolio.Candidate candidate(String municipalityId, long programmeId, long id) {
        return db.transaction(tx -> candidate(tx, municipalityId, programmeId, id));
    }

    Portfolio.Candidate createCandidate(String municipalityId, long programmeId, Portfolio.CandidateInput in) {
        Instant now = Instant.now();
        Portfolio.Assessment a = in.assessment();
        return db.transaction(tx -> {
            requireProgramme(tx, municipalityId, programmeId);
            long id = tx.insert("INSERT INTO CANDIDATE (PROGRAMME_ID, TITLE, DESCRIPTION, PROPOSED_BY, SECTOR, SERVICES, COST, BUSINESS, "
                    + "GOALS_BENEFIT, FEASIBILITY, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", programmeId,
                    in.title(), in.description(), in.proposedBy(), in.sector(), a.services(), a.cost(), a.business(), a.goals(), a.feasibility(),
                    now, now);
            return candidate(tx, municipalityId, programmeId, id);
        });
    }

    Portfolio.Candidate replaceCandidate(String municipalityId, long programmeId, long id, ExpectedVersion expected, Portfolio.CandidateInput in) {
        Portfolio.Assessment a = in.assessment();
        return db.transaction(tx -> {
            candidate(tx, municipalityId, programmeId, id);
            candidateRow(tx, programmeId, id).update(expected, "TITLE = ?, DESCRIPTION = ?, PROPOSED_BY = ?, SECTOR = ?, SERVICES = ?, COST = ?, "
                    + "BUSINESS = ?, GOALS_BENEFIT = ?, FEASIBILITY = ?, UPDATED_AT = ?", in.title(), in.description(), in.proposedBy(),
                    in.sector(), a.services(), a.cost(), a.business(), a.goals(), a.feasibility(), Instant.now());
            return candidate(tx, municipalityId, programmeId, id);
        });
    }

    void deleteCandidate(String municipalityId, long programmeId, long id, ExpectedVersion expected) {
        db.transaction(tx -> {
            candidate(tx, municipalityId, programmeId, id);
            return candidateRow(tx, programmeId, id).delete(expected);
        });
    }

    /**
     * The decision recorded through the candidate's version; GO puts a new project in the portfolio
     * (once: a candidate that already became a project keeps it). 409 for GO on a candidate that
     * already has its project.
     */
    Portfolio.Candidate decide(String municipalityId, long programmeId, long id, ExpectedVersion expected, Portfolio.DecisionInput in) {
        return db.transaction(tx -> {
            Portfolio.Candidate c = candidate(tx, municipalityId, programmeId, id);
            Long projectId = c.projectId();
            if (in.decision().equals("GO") && projectId == null) {
                Instant now = Instant.now();
                projectId = tx.insert("INSERT INTO PROJECT (PROGRAMME_ID, TITLE, DESCRIPTION, SIZE_CLASS, STATUS, IDEA_ON, PORTFOLIO_ON, "
                        + "INNOVATIVE_PROCUREMENT, GOALS, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, 'IN_PORTFOLIO', ?, ?, FALSE, ?, 1, ?, ?)",
                        programmeId, c.title(), c.description(), in.size() == null ? "SMALL" : in.size(), c.createdAt().atZone(java.time.ZoneOffset.UTC)
                                .toLocalDate(), in.decidedOn(), goals(in.goals()), now, now);
            }
            candidateRow(tx, programmeId, id).update(expected, "DECISION = ?, DECIDED_BY = ?, DECIDED_ON = ?, DECISION_REASON = ?, PROJECT_ID = ?, "
                    + "UPDATED_AT = ?", in.decision(), in.decidedBy(), in.decidedOn(), in.reason(), projectId, Instant.now());
            return candidate(tx, municipalityId, programmeId, id);
        });
    }

    // Projects

    List<Portfolio.Project> projects(String municipalityId, long programmeId) {
        return db.transaction(tx -> {
            requireProgramme(tx, municipalityId, programmeId);
            return projects(tx, programmeId, null);
        });
    }

    Portfolio.Project project(String municipalityId, long programmeId, long id) {
        return db.transaction(tx -> project(tx, municipalityId, programmeId, id));
    }

    Portfolio.Project createProject(String municipalityId, long programmeId, Portfolio.ProjectInput in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            requireProgramme(tx, municipalityId, programmeId);
            Portfolio.Dates d = in.dates();
            long id = tx.insert("INSERT INTO PROJECT (PROGRAMME_ID, TITLE, DESCRIPTION, SIZE_CLASS, STATUS, IDEA_ON, PORTFOLIO_ON, RUNNING_ON, "
                    + "COMPLETED_ON, STOPPED_ON, RESIDENTS_INVOLVED, INNOVATIVE_PROCUREMENT, GOALS, VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", programmeId, in.title(), in.description(), in.size(), in.status(),
                    d.idea(), d.inPortfolio(), d.running(), d.completed(), d.stopped(), in.residentsInvolved(), in.innovativeProcurement(),
                    goals(in.goals()), now, now);
            writeChildren(tx, id, in);
            return project(tx, municipalityId, programmeId, id);
        });
    }

    Portfolio.Project replaceProject(String municipalityId, long programmeId, long id, ExpectedVersion expected, Portfolio.ProjectInput in) {
        return db.transaction(tx -> {
            project(tx, municipalityId, programmeId, id);
            Portfolio.Dates d = in.dates();
            tx.versionedRow("project " + id, "PROJECT", "PROGRAMME_ID = ? AND ID = ?", programmeId, id).update(expected, "TITLE = ?, "
                    + "DESCRIPTION = ?, SIZE_CLASS = ?, STATUS = ?, IDEA_ON = ?, PORTFOLIO_ON = ?, RUNNING_ON = ?, COMPLETED_ON = ?, STOPPED_ON = ?, "
                    + "RESIDENTS_INVOLVED = ?, INNOVATIVE_PROCUREMENT = ?, GOALS = ?, UPDATED_AT = ?", in.title(), in.description(), in.size(),
                    in.status(), d.idea(), d.inPortfolio(), d.running(), d.completed(), d.stopped(), in.residentsInvolved(),
                    in.innovativeProcurement(), goals(in.goals()), Instant.now());
            tx.update("DELETE FROM PARTNER WHERE PROJECT_ID = ?", id);
            tx.update("DELETE FROM BENEFIT WHERE PROJECT_ID = ?", id);
            writeChildren(tx, id, in);
            return project(tx, municipalityId, programmeId, id);
        });
    }

    void deleteProject(String municipalityId, long programmeId, long id, ExpectedVersion expected) {
        db.transaction(tx -> {
            project(tx, municipalityId, programmeId, id);
            tx.versionedRow("project " + id, "PROJECT", "PROGRAMME_ID = ? AND ID = ?", programmeId, id).delete(expected);
            return tx.update("UPDATE CANDIDATE SET PROJECT_ID = NULL WHERE PROGRAMME_ID = ? AND PROJECT_ID = ?", programmeId, id);
        });
    }

    /** Every project of the municipalities' programmes: for the region's overview. */
    List<Portfolio.Project> allProjects(long programmeId) {
        return db.transaction(tx -> projects(tx, programmeId, null));
    }

    private static void writeChildren(Transaction tx, long id, Portfolio.ProjectInput in) throws SQLException {
        for (int i = 0; i < in.partners().size(); i++) {
            tx.update("INSERT INTO PARTNER (PROJECT_ID, POSITION, NAME, SECTOR) VALUES (?, ?, ?, ?)", id, i, in.partners().get(i).name(),
                    in.partners().get(i).sector());
        }
        for (int i = 0; i < in.benefits().size(); i++) {
            Portfolio.Benefit b = in.benefits().get(i);
            tx.update("INSERT INTO BENEFIT (PROJECT_ID, POSITION, KIND, MEASURE, BASELINE, RESULT, ATTAINMENT) VALUES (?, ?, ?, ?, ?, ?, ?)", id, i,
                    b.kind(), b.measure(), b.baseline(), b.result(), b.attainment());
        }
    }

    private static List<Portfolio.Project> projects(Transaction tx, long programmeId, Long onlyId) throws SQLException {
        String and = onlyId == null ? "" : " AND P.ID = ?";
        Object[] args = onlyId == null ? new Object[] {programmeId} : new Object[] {programmeId, onlyId};
        record Pt(long project, Portfolio.Partner partner) {
        }
        Map<Long, List<Portfolio.Partner>> partners = tx.list(r -> new Pt(r.number("PROJECT_ID"), new Portfolio.Partner(r.text("NAME"),
                r.text("SECTOR"))), "SELECT X.* FROM PARTNER X JOIN PROJECT P ON P.ID = X.PROJECT_ID WHERE P.PROGRAMME_ID = ?" + and
                + " ORDER BY X.PROJECT_ID, X.POSITION", args).stream().collect(Collectors.groupingBy(Pt::project, LinkedHashMap::new,
                        Collectors.mapping(Pt::partner, Collectors.toList())));
        record Bt(long project, Portfolio.Benefit benefit) {
        }
        Map<Long, List<Portfolio.Benefit>> benefits = tx.list(r -> new Bt(r.number("PROJECT_ID"), new Portfolio.Benefit(r.text("KIND"),
                r.text("MEASURE"), r.text("BASELINE"), r.text("RESULT"), r.text("ATTAINMENT"))), "SELECT X.* FROM BENEFIT X JOIN PROJECT P "
                + "ON P.ID = X.PROJECT_ID WHERE P.PROGRAMME_ID = ?" + and + " ORDER BY X.PROJECT_ID, X.POSITION", args).stream()
                .collect(Collectors.groupingBy(Bt::project, LinkedHashMap::new, Collectors.mapping(Bt::benefit, Collectors.toList())));
        return tx.list(r -> {
            long id = r.number("ID");
            return new Portfolio.Project(id, r.number("PROGRAMME_ID"), r.text("TITLE"), r.text("DESCRIPTION"), r.text("SIZE_CLASS"),
                    r.text("STATUS"), new Portfolio.Dates(r.date("IDEA_ON"), r.date("PORTFOLIO_ON"), r.date("RUNNING_ON"), r.date("COMPLETED_ON"),
                    r.date("STOPPED_ON")), partners.getOrDefault(id, List.of()), r.text("RESIDENTS_INVOLVED"), r.flag("INNOVATIVE_PROCUREMENT"),
                    parseGoals(r.text("GOALS")), benefits.getOrDefault(id, List.of()), new Portfolio.Closure(r.text("LEARNED"),
                    ContinuityStore.nullableFlag(r, "LIVES_ON"), r.flag("SHARED")), r.number("VERSION"), r.instant("CREATED_AT"),
                    r.instant("UPDATED_AT"));
        }, "SELECT * FROM PROJECT P WHERE P.PROGRAMME_ID = ?" + and + " ORDER BY P.ID", args);
    }

    private static Portfolio.Project project(Transaction tx, String municipalityId, long programmeId, long id) throws SQLException {
        requireProgramme(tx, municipalityId, programmeId);
        return projects(tx, programmeId, id).stream().findFirst()
                .orElseThrow(() -> new RowNotFoundException("project " + id + " of programme " + programmeId));
    }

    private static Portfolio.Programme programme(Transaction tx, String municipalityId, long id) throws SQLException {
        Ledger.Summary ledger = Ledger.of(months(tx, id));
        return tx.first(r -> {
            LocalDate start = r.date("STARTS_ON");
            return new Portfolio.Programme(r.number("ID"), r.text("MUNICIPALITY_ID"), r.text("NAME"), r.text("OWNER"), start,
                    r.integer("LENGTH_MONTHS"), r.integer("PORTFOLIO_MONTHS"), start.plusMonths(r.integer("PORTFOLIO_MONTHS")),
                    start.plusMonths(r.integer("LENGTH_MONTHS")), ledger, r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
        }, "SELECT * FROM PROGRAMME WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .orElseThrow(() -> new RowNotFoundException(what(municipalityId, id)));
    }

    private static Portfolio.Candidate candidate(Transaction tx, String municipalityId, long programmeId, long id) throws SQLException {
        requireProgramme(tx, municipalityId, programmeId);
        return tx.first(PortfolioStore::candidate, "SELECT * FROM CANDIDATE WHERE PROGRAMME_ID = ? AND ID = ?", programmeId, id)
                .orElseThrow(() -> new RowNotFoundException("candidate " + id + " of programme " + programmeId));
    }

    private static Portfolio.Candidate candidate(Row r) throws SQLException {
        Integer services = integer(r, "SERVICES");
        Integer cost = integer(r, "COST");
        Integer business = integer(r, "BUSINESS");
        Integer goals = integer(r, "GOALS_BENEFIT");
        Integer feasibility = integer(r, "FEASIBILITY");
        int total = Arrays.stream(new Integer[] {services, cost, business, goals, feasibility}).mapToInt(i -> i == null ? 0 : i).sum();
        String decision = r.text("DECISION");
        return new Portfolio.Candidate(r.number("ID"), r.number("PROGRAMME_ID"), r.text("TITLE"), r.text("DESCRIPTION"), r.text("PROPOSED_BY"),
                r.text("SECTOR"), new Portfolio.Assessment(services, cost, business, goals, feasibility, total), decision == null ? null
                        : new Portfolio.Decision(decision, r.text("DECIDED_BY"), r.date("DECIDED_ON"), r.text("DECISION_REASON")),
                r.optionalNumber("PROJECT_ID"), r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }

    private static Integer integer(Row r, String column) throws SQLException {
        Long value = r.optionalNumber(column);
        return value == null ? null : value.intValue();
    }

    static void requireProgramme(Transaction tx, String municipalityId, long programmeId) throws SQLException {
        if (tx.number("SELECT COUNT(*) FROM PROGRAMME WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, programmeId) == 0) {
            throw new RowNotFoundException(what(municipalityId, programmeId));
        }
    }

    private static String goals(List<Integer> goals) {
        return goals == null || goals.isEmpty() ? null : goals.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> parseGoals(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(Integer::parseInt).toList();
    }

    private static org.samverka.api.storage.VersionedRow programmeRow(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "PROGRAMME", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static org.samverka.api.storage.VersionedRow candidateRow(Transaction tx, long programmeId, long id) {
        return tx.versionedRow("candidate " + id + " of programme " + programmeId, "CANDIDATE", "PROGRAMME_ID = ? AND ID = ?", programmeId, id);
    }

    private static String what(String municipalityId, long id) {
        return "innovation programme " + id + " of municipality '" + municipalityId + "'";
    }

}

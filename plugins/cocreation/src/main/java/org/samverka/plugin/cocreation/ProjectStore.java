package org.samverka.plugin.cocreation;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StaleVersionException;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/**
 * A municipality's projects (PROJECT), their checklist state (PROJECT_CHECK) and their path
 * through the steps (PROJECT_MOVE). A move changes the project's step through its version.
 */
@Component(service = ProjectStore.class)
public final class ProjectStore {

    private final SchemaAccess db;
    private final MunicipalGuideStore guides;

    @Activate
    public ProjectStore(@Reference Storage storage, @Reference MunicipalGuideStore guides, BundleContext context) {
        this.db = storage.schema(CocreationModule.ID, context.getBundle());
        this.guides = guides;
    }

    Page<Project> page(String municipalityId, Paging paging) {
        return db.transaction(tx -> {
            List<Project> read = new ArrayList<>();
            MunicipalGuide guide = guides.read(tx, municipalityId);
            for (long id : tx.list(r -> r.number("ID"), "SELECT ID FROM PROJECT WHERE MUNICIPALITY_ID = ? ORDER BY ID"
                    + paging.sqlWithOneMore(), municipalityId)) {
                read.add(read(tx, guide, municipalityId, id));
            }
            return Page.ofOneMore(read, paging, () -> tx.number("SELECT COUNT(*) FROM PROJECT WHERE MUNICIPALITY_ID = ?", municipalityId));
        });
    }

    Project get(String municipalityId, long id) {
        return db.transaction(tx -> read(tx, guides.read(tx, municipalityId), municipalityId, id));
    }

    static Project.Input check(Project.Input in) {
        var check = new Validation();
        String title = check.requiredText("title", in.title(), 200);
        String problem = check.optionalText("problem", in.problem(), 2000);
        Project.Frame f = in.frame() == null ? new Project.Frame(null, null, null, null, null, null, null) : in.frame();
        Project.Frame frame = new Project.Frame(check.optionalText("frame.scope", f.scope(), 2000),
                check.optionalText("frame.constraints", f.constraints(), 2000), check.optionalText("frame.possibilities", f.possibilities(), 2000),
                check.optionalText("frame.affected", f.affected(), 2000), check.optionalText("frame.successCriteria", f.successCriteria(), 2000),
                check.optionalText("frame.rightProblemConfirmedBy", f.rightProblemConfirmedBy(), 200),
                check.date("frame.rightProblemConfirmedOn", f.rightProblemConfirmedOn()));
        check.check((frame.rightProblemConfirmedBy() == null) == (frame.rightProblemConfirmedOn() == null), "frame.rightProblemConfirmedOn",
                "goes with rightProblemConfirmedBy: who confirmed that this is the right problem, and when");
        check.throwIfInvalid();
        return new Project.Input(title, problem, in.arenaId(), frame);
    }

    Project create(String municipalityId, Project.Input in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            requireArena(tx, municipalityId, in.arenaId());
            Project.Frame f = in.frame();
            long id = tx.insert("INSERT INTO PROJECT (MUNICIPALITY_ID, ARENA_ID, TITLE, PROBLEM, SCOPE_TEXT, CONSTRAINTS_TEXT, POSSIBILITIES, "
                    + "AFFECTED, SUCCESS_CRITERIA, RIGHT_PROBLEM_BY, RIGHT_PROBLEM_ON, STEP, VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", municipalityId, in.arenaId(), in.title(), in.problem(), f.scope(),
                    f.constraints(), f.possibilities(), f.affected(), f.successCriteria(), f.rightProblemConfirmedBy(),
                    f.rightProblemConfirmedOn(), Step.FRAME.name(), now, now);
            return read(tx, guides.read(tx, municipalityId), municipalityId, id);
        });
    }

    Project replace(String municipalityId, long id, ExpectedVersion expected, Project.Input in) {
        return db.transaction(tx -> {
            requireArena(tx, municipalityId, in.arenaId());
            Project.Frame f = in.frame();
            row(tx, municipalityId, id).update(expected, "ARENA_ID = ?, TITLE = ?, PROBLEM = ?, SCOPE_TEXT = ?, CONSTRAINTS_TEXT = ?, "
                    + "POSSIBILITIES = ?, AFFECTED = ?, SUCCESS_CRITERIA = ?, RIGHT_PROBLEM_BY = ?, RIGHT_PROBLEM_ON = ?, UPDATED_AT = ?",
                    in.arenaId(), in.title(), in.problem(), f.scope(), f.constraints(), f.possibilities(), f.affected(), f.successCriteria(),
                    f.rightProblemConfirmedBy(), f.rightProblemConfirmedOn(), Instant.now());
            return read(tx, guides.read(tx, municipalityId), municipalityId, id);
        });
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, municipalityId, id).delete(expected));
    }

    /** Ticks an item done or not; the same answer twice changes nothing (no version: two people ticking two items never clash). */
    Project check(String municipalityId, long id, String itemId, boolean done, String by) {
        return db.transaction(tx -> {
            requireProject(tx, municipalityId, id);
            MunicipalGuide guide = guides.read(tx, municipalityId);
            if (guide.item(itemId).isEmpty()) {
                throw new RowNotFoundException("checklist item '" + itemId + "' of the guide of municipality '" + municipalityId + "'");
            }
            if (!done) {
                tx.update("DELETE FROM PROJECT_CHECK WHERE PROJECT_ID = ? AND ITEM_ID = ?", id, itemId);
            } else if (tx.number("SELECT COUNT(*) FROM PROJECT_CHECK WHERE PROJECT_ID = ? AND ITEM_ID = ?", id, itemId) == 0) {
                tx.update("INSERT INTO PROJECT_CHECK (PROJECT_ID, ITEM_ID, CHECKED_BY, CHECKED_AT) VALUES (?, ?, ?, ?)", id, itemId, by,
                        Instant.now());
            }
            return read(tx, guide, municipalityId, id);
        });
    }

    /** A move checked by the municipality's gating: 409 naming the open mandatory items when it stops it. */
    Project.Move move(String municipalityId, long id, ExpectedVersion expected, Project.MoveInput in, String by) {
        return db.transaction(tx -> {
            MunicipalGuide guide = guides.read(tx, municipalityId);
            Project project = read(tx, guide, municipalityId, id);
            if (!expected.anyVersion() && !expected.versions().contains(project.version())) {
                // A move is judged against the step the client saw; on a later one it is stale, whatever it asks.
                throw new StaleVersionException(what(municipalityId, id), project.version());
            }
            if (in.to() == project.step()) {
                throw ApiProblem.invalid("to", "is the step the project is at (" + project.step() + ")");
            }
            Set<String> done = project.checklist().stream().filter(Project.Check::done).map(Project.Check::id).collect(Collectors.toSet());
            Gating.Decision decision = Gating.decide(guide, done, project.step(), in.to(), in.reason());
            if (!decision.allowed()) {
                throw new ApiProblem(409, ApiProblem.TYPE_BLANK, "Conflict", "The municipality requires the mandatory checklist items "
                        + "before moving on; open: " + decision.blocking().stream().map(Guide.CheckItem::id).collect(Collectors.joining(", "))
                        + ". Tick them, or move on anyway with a written reason of at least " + Gating.MIN_REASON + " characters.",
                        decision.blocking().stream().map(i -> new org.samverka.api.rest.FieldError("checklist." + i.id(),
                                "is mandatory and open: " + Texts.in(i.text(), "en"))).toList());
            }
            row(tx, municipalityId, id).update(expected, "STEP = ?, UPDATED_AT = ?", in.to().name(), Instant.now());
            String reason = in.reason() == null || in.reason().isBlank() ? null : in.reason().strip();
            long moveId = tx.insert("INSERT INTO PROJECT_MOVE (PROJECT_ID, FROM_STEP, TO_STEP, GATING, OPEN_ITEMS, OVERRIDE_REASON, MOVED_BY, "
                    + "MOVED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, project.step().name(), in.to().name(), guide.gating(),
                    decision.open().isEmpty() ? null : decision.open().stream().map(Guide.CheckItem::id).collect(Collectors.joining(",")),
                    reason, by, Instant.now());
            return moves(tx, id).stream().filter(m -> m.id() == moveId).findFirst().orElseThrow();
        });
    }

    List<Project.Move> moves(String municipalityId, long id) {
        return db.transaction(tx -> {
            requireProject(tx, municipalityId, id);
            return moves(tx, id);
        });
    }

    private static List<Project.Move> moves(Transaction tx, long id) throws SQLException {
        return tx.list(r -> {
            Step from = Step.valueOf(r.text("FROM_STEP"));
            Step to = Step.valueOf(r.text("TO_STEP"));
            String open = r.text("OPEN_ITEMS");
            String reason = r.text("OVERRIDE_REASON");
            return new Project.Move(r.number("ID"), from, to, to.ordinal() > from.ordinal() ? "FORWARD" : "BACK", r.text("GATING"),
                    open == null ? List.of() : Arrays.asList(open.split(",")),
                    reason != null && "REQUIRE".equals(r.text("GATING")) && open != null, reason, r.text("MOVED_BY"), r.instant("MOVED_AT"));
        }, "SELECT * FROM PROJECT_MOVE WHERE PROJECT_ID = ? ORDER BY ID", id);
    }

    private static Project read(Transaction tx, MunicipalGuide guide, String municipalityId, long id) throws SQLException {
        record Head(long id, Long arenaId, String title, String problem, Project.Frame frame, Step step, long version, Instant created,
                Instant updated) {
        }
        Head h = tx.first(r -> new Head(r.number("ID"), r.optionalNumber("ARENA_ID"), r.text("TITLE"), r.text("PROBLEM"),
                new Project.Frame(r.text("SCOPE_TEXT"), r.text("CONSTRAINTS_TEXT"), r.text("POSSIBILITIES"), r.text("AFFECTED"),
                        r.text("SUCCESS_CRITERIA"), r.text("RIGHT_PROBLEM_BY"), r.date("RIGHT_PROBLEM_ON")), Step.valueOf(r.text("STEP")),
                r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT")),
                "SELECT * FROM PROJECT WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .orElseThrow(() -> new RowNotFoundException(what(municipalityId, id)));
        record Done(String item, String by, Instant at) {
        }
        Map<String, Done> done = tx.list(r -> new Done(r.text("ITEM_ID"), r.text("CHECKED_BY"), r.instant("CHECKED_AT")),
                "SELECT * FROM PROJECT_CHECK WHERE PROJECT_ID = ?", id).stream().collect(Collectors.toMap(Done::item, Function.identity()));
        List<Project.Check> checklist = new ArrayList<>();
        for (MunicipalGuide.StepOf step : guide.steps()) {
            for (Guide.CheckItem item : step.checklist()) {
                Done d = done.get(item.id());
                checklist.add(new Project.Check(step.step(), item.id(), item.text(), item.mandatory(), item.suggestion(), d != null,
                        d == null ? null : d.by(), d == null ? null : d.at()));
            }
        }
        List<String> openMandatory = checklist.stream().filter(c -> c.step() == h.step() && c.mandatory() && !c.done())
                .map(Project.Check::id).toList();
        return new Project(h.id(), municipalityId, h.arenaId(), h.title(), h.problem(), h.frame(), h.step(), checklist, openMandatory,
                Gaps.of(EntryStore.entries(tx, id), h.step()), h.version(), h.created(), h.updated());
    }

    private static void requireArena(Transaction tx, String municipalityId, Long arenaId) throws SQLException {
        if (arenaId != null && tx.number("SELECT COUNT(*) FROM ARENA WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, arenaId) == 0) {
            throw ApiProblem.invalid("arenaId", "names no arena of municipality '" + municipalityId + "'");
        }
    }

    /** 404 unless the municipality has this project: what hangs off a project is reached only through it. */
    static void requireProject(Transaction tx, String municipalityId, long projectId) throws SQLException {
        if (tx.number("SELECT COUNT(*) FROM PROJECT WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, projectId) == 0) {
            throw new RowNotFoundException(what(municipalityId, projectId));
        }
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "PROJECT", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static String what(String municipalityId, long id) {
        return "co-creation project " + id + " of municipality '" + municipalityId + "'";
    }
}

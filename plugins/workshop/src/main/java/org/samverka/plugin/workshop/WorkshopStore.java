package org.samverka.plugin.workshop;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * Workshops in schema WORKSHOP. A workshop and its participants, days and blocks are written
 * together: a change replaces them all in one transaction, guarded by the workshop's version.
 */
@Component(service = WorkshopStore.class)
public final class WorkshopStore {

    private final SchemaAccess db;
    private final MethodLibrary library;
    private final OwnLibraryStore own;
    private final TenantDirectory tenants;

    /** The lifecycle plugin's items, while it is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FocusItems focusItems;

    @Activate
    public WorkshopStore(@Reference Storage storage, @Reference MethodLibrary library, @Reference OwnLibraryStore own,
            @Reference TenantDirectory tenants, BundleContext context) {
        this.db = storage.schema(WorkshopModule.ID, context.getBundle());
        this.library = library;
        this.own = own;
        this.tenants = tenants;
    }

    /**
     * The workshop with its focus item checked: 400 when the item is not the municipality's, when
     * the lifecycle module is not there to check it, or for a joint workshop (items are a
     * municipality's); the focus phase, when left out, is the item's.
     */
    Validated withFocusChecked(Owner owner, Validated in) {
        if (in.focusItemId() == null) {
            return in;
        }
        if (owner.region()) {
            throw ApiProblem.invalid("focusItemId", "is a municipality's capacity item; a region's joint workshop has none");
        }
        FocusItems lookup = focusItems;
        if (lookup == null) {
            throw ApiProblem.invalid("focusItemId", "needs the lifecycle module, which is not installed");
        }
        FocusItems.FocusItem item = lookup.find(owner.id(), in.focusItemId()).orElseThrow(() -> ApiProblem.invalid("focusItemId",
                "names no capacity item of " + owner + " (GET …/lifecycle/items lists them)"));
        if (in.focusPhase() != null && !in.focusPhase().equals(item.phase())) {
            throw ApiProblem.invalid("focusPhase", "is " + in.focusPhase() + " but the focus item is in phase " + item.phase());
        }
        return new Validated(in.title(), in.goal(), item.phase(), in.location(), in.timeZone(), in.facilitator(), in.decider(),
                in.participants(), in.days(), in.municipalities(), in.focusItemId());
    }

    /** The library an owner's workshops use: the reference one and the region's own methods and templates. */
    Library libraryOf(Owner owner) {
        return own.of(regionOf(owner));
    }

    private String regionOf(Owner owner) {
        return owner.region() ? owner.id() : tenants.municipality(owner.id()).map(Municipality::regionId).orElse("");
    }

    Page<Workshop> page(Owner owner, Paging paging) {
        return db.transaction(tx -> {
            List<Workshop> read = new ArrayList<>();
            for (long id : tx.list(r -> r.number("ID"), "SELECT ID FROM WORKSHOP WHERE " + owner.where() + " ORDER BY ID"
                    + paging.sqlWithOneMore(), owner.id())) {
                read.add(read(tx, owner, id));
            }
            return Page.ofOneMore(read, paging, () -> tx.number("SELECT COUNT(*) FROM WORKSHOP WHERE " + owner.where(), owner.id()));
        });
    }

    /** The ids of a municipality's workshops, oldest first. */
    List<Long> ids(String municipalityId) {
        return db.transaction(tx -> tx.list(r -> r.number("ID"), "SELECT ID FROM WORKSHOP WHERE MUNICIPALITY_ID = ? ORDER BY ID",
                municipalityId));
    }

    Workshop get(Owner owner, long id) {
        return db.transaction(tx -> read(tx, owner, id));
    }

    Workshop get(String municipalityId, long id) {
        return get(Owner.municipality(municipalityId), id);
    }

    Workshop create(Owner owner, Validated in) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            long id = tx.insert("INSERT INTO WORKSHOP (MUNICIPALITY_ID, REGION_ID, TITLE, GOAL, FOCUS_PHASE, FOCUS_ITEM_ID, LOCATION, "
                    + "TIME_ZONE, FACILITATOR, DECIDER, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    owner.region() ? null : owner.id(), owner.region() ? owner.id() : null, in.title(), in.goal(), in.focusPhase(),
                    in.focusItemId(), in.location(), in.timeZone(), in.facilitator(), in.decider(), now, now);
            writeChildren(tx, id, in);
            return read(tx, owner, id);
        });
    }

    Workshop replace(Owner owner, long id, ExpectedVersion expected, Validated in) {
        return db.transaction(tx -> {
            row(tx, owner, id).update(expected,
                    "TITLE = ?, GOAL = ?, FOCUS_PHASE = ?, FOCUS_ITEM_ID = ?, LOCATION = ?, TIME_ZONE = ?, FACILITATOR = ?, DECIDER = ?, "
                    + "UPDATED_AT = ?", in.title(), in.goal(), in.focusPhase(), in.focusItemId(), in.location(), in.timeZone(), in.facilitator(), in.decider(), Instant.now());
            for (String table : List.of("WORKSHOP_BLOCK", "WORKSHOP_DAY", "WORKSHOP_PARTICIPANT", "WORKSHOP_MUNICIPALITY")) {
                tx.update("DELETE FROM " + table + " WHERE WORKSHOP_ID = ?", id);
            }
            writeChildren(tx, id, in);
            return read(tx, owner, id);
        });
    }

    void delete(Owner owner, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, owner, id).delete(expected));
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, Owner owner, long id) {
        return tx.versionedRow(what(owner, id), "WORKSHOP", owner.where() + " AND ID = ?", owner.id(), id);
    }

    /** A workshop's input once checked: what the store writes. */
    record Validated(String title, String goal, String focusPhase, String location, String timeZone, String facilitator,
            String decider, List<WorkshopInput.Participant> participants, List<WorkshopInput.Day> days, List<String> municipalities,
            Long focusItemId) {
    }

    private static void writeChildren(Transaction tx, long id, Validated in) throws SQLException {
        for (String municipalityId : in.municipalities()) {
            tx.update("INSERT INTO WORKSHOP_MUNICIPALITY (WORKSHOP_ID, MUNICIPALITY_ID) VALUES (?, ?)", id, municipalityId);
        }
        for (int p = 0; p < in.participants().size(); p++) {
            WorkshopInput.Participant person = in.participants().get(p);
            tx.update("INSERT INTO WORKSHOP_PARTICIPANT (WORKSHOP_ID, POSITION, NAME, ORGANISATION, SECTOR, CONSENT, NAME_REMOVED) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, p, person.name(), person.organisation(), person.sector(), person.consent(),
                    person.nameRemoved());
        }
        for (int d = 0; d < in.days().size(); d++) {
            WorkshopInput.Day day = in.days().get(d);
            tx.update("INSERT INTO WORKSHOP_DAY (WORKSHOP_ID, POSITION, DAY_DATE, START_MINUTE, END_MINUTE) VALUES (?, ?, ?, ?, ?)", id, d,
                    day.date(), day.start().toSecondOfDay() / 60, day.end().toSecondOfDay() / 60);
            for (int b = 0; b < day.blocks().size(); b++) {
                WorkshopInput.Block block = day.blocks().get(b);
                tx.update("INSERT INTO WORKSHOP_BLOCK (WORKSHOP_ID, DAY_POSITION, POSITION, METHOD_ID, MINUTES, NOTE) VALUES (?, ?, ?, ?, ?, ?)",
                        id, d, b, block.methodId(), block.minutes(), block.note());
            }
        }
    }

    private record Head(long id, String municipalityId, String regionId, String title, String goal, String focusPhase,
            Long focusItemId, String location,
            String timeZone, String facilitator, String decider, long version, Instant createdAt, Instant updatedAt) {
    }

    private Workshop read(Transaction tx, Owner owner, long id) throws SQLException {
        Head head = tx.first(r -> new Head(r.number("ID"), r.text("MUNICIPALITY_ID"), r.text("REGION_ID"), r.text("TITLE"),
                r.text("GOAL"),
                r.text("FOCUS_PHASE"), r.optionalNumber("FOCUS_ITEM_ID"), r.text("LOCATION"), r.text("TIME_ZONE"), r.text("FACILITATOR"), r.text("DECIDER"),
                r.number("VERSION"), r.instant("CREATED_AT"), r.instant("UPDATED_AT")),
                "SELECT * FROM WORKSHOP WHERE " + owner.where() + " AND ID = ?", owner.id(), id)
                .orElseThrow(() -> new RowNotFoundException(what(owner, id)));
        List<String> municipalities = tx.list(r -> r.text("MUNICIPALITY_ID"),
                "SELECT MUNICIPALITY_ID FROM WORKSHOP_MUNICIPALITY WHERE WORKSHOP_ID = ? ORDER BY MUNICIPALITY_ID", id);
        List<WorkshopInput.Participant> participants = tx.list(r -> new WorkshopInput.Participant(r.text("NAME"),
                r.text("ORGANISATION"), r.text("SECTOR"), r.flag("CONSENT"),
                r.flag("NAME_REMOVED")), "SELECT * FROM WORKSHOP_PARTICIPANT WHERE WORKSHOP_ID = ? ORDER BY POSITION", id);
        record Block(int day, WorkshopInput.Block block) {
        }
        List<Block> blocks = tx.list(r -> new Block(r.integer("DAY_POSITION"), new WorkshopInput.Block(r.text("METHOD_ID"),
                r.integer("MINUTES"), r.text("NOTE"))), "SELECT * FROM WORKSHOP_BLOCK WHERE WORKSHOP_ID = ? ORDER BY DAY_POSITION, POSITION", id);
        List<WorkshopInput.Day> days = new ArrayList<>();
        for (WorkshopInput.Day day : tx.list(r -> new WorkshopInput.Day(r.date("DAY_DATE"),
                LocalTime.ofSecondOfDay(r.integer("START_MINUTE") * 60L), LocalTime.ofSecondOfDay(r.integer("END_MINUTE") * 60L),
                List.of()), "SELECT * FROM WORKSHOP_DAY WHERE WORKSHOP_ID = ? ORDER BY POSITION", id)) {
            int position = days.size();
            days.add(new WorkshopInput.Day(day.date(), day.start(), day.end(),
                    blocks.stream().filter(b -> b.day() == position).map(Block::block).toList()));
        }
        Library methods = library;
        if (days.stream().flatMap(d -> d.blocks().stream())
                .anyMatch(b -> b.methodId() != null && library.method(b.methodId()).isEmpty())) {
            methods = own.of(tx, regionOf(owner));
        }
        Schedule schedule = schedule(days, participants.size(), methods);
        return new Workshop(head.id(), head.municipalityId(), head.regionId(), municipalities, head.title(), head.goal(),
                head.focusPhase(), head.focusItemId(), focusItem(head), head.location(),
                head.timeZone(), head.facilitator(), head.decider(), participants, schedule.days(), schedule.warnings(),
                schedule.minutesByStage(), schedule.breakMinutes(), schedule.materials(), head.version(), head.createdAt(),
                head.updatedAt());
    }

    Schedule schedule(List<WorkshopInput.Day> days, int participants, Library methods) {
        return Schedule.of(days, participants, id -> method(methods, id), WorkshopModule.LABELS.text("block.break"));
    }

    /** A method of the library; one removed since (from the region's own, or by a later version of the plugin) still shows, by its id. */
    private static Optional<Method> method(Library library, String id) {
        return library.method(id).or(() -> Optional.of(new Method(id, "ANY", 0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, false,
                new org.samverka.api.module.LocalizedText(id, id, id), null, null, java.util.Map.of(), "unknown", null)));
    }

    private FocusItems.FocusItem focusItem(Head head) {
        FocusItems lookup = focusItems;
        if (head.focusItemId() == null || lookup == null || head.municipalityId() == null) {
            return null;
        }
        return lookup.find(head.municipalityId(), head.focusItemId()).orElse(null);
    }

    /** 404 unless the municipality has this workshop: what hangs off a workshop is reached only through it. */
    static void requireWorkshop(Transaction tx, String municipalityId, long workshopId) throws SQLException {
        if (tx.number("SELECT COUNT(*) FROM WORKSHOP WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, workshopId) == 0) {
            throw new RowNotFoundException(what(Owner.municipality(municipalityId), workshopId));
        }
    }

    private static String what(Owner owner, long id) {
        return "workshop " + id + " of " + owner;
    }
}

package org.samverka.plugin.workshop;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StaleVersionException;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Participants' personal data: a municipality's retention period (names of a workshop's
 * participants are removed once its last day is that many days past — at once when the period is
 * set, and daily after), and one person's data found or erased across the municipality's
 * workshops (or a region's joint workshops), as participant, facilitator or decider. Each workshop changed gets a new version.
 */
@Component(service = ParticipantData.class)
public final class ParticipantData {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipantData.class);

    /** A municipality's settings; version 0 until it sets them. {@code retentionDays} null: names are kept until erased. */
    public record Settings(String municipalityId, Integer retentionDays, long version) {
    }

    /** Where a person appears: which workshop, when, in which roles, and what is kept about them there. */
    public record Appearance(long workshopId, String title, LocalDate firstDay, LocalDate lastDay, List<String> roles,
            String organisation, String sector, Boolean consent) {
    }

    /** What an erasure did. */
    public record Erased(String name, int workshopsChanged, int participantsRemoved, int rolesCleared) {
    }

    private final SchemaAccess db;
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "samverka-workshop-retention");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ParticipantData(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(WorkshopModule.ID, context.getBundle());
        daily.scheduleWithFixedDelay(this::applyAllRetention, 1, 24 * 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        daily.shutdownNow();
    }

    Settings settings(String municipalityId) {
        return db.transaction(tx -> settings(tx, municipalityId));
    }

    /** The settings changed through their version (0 before the first change), then the period applied at once. */
    Settings changeSettings(String municipalityId, ExpectedVersion expected, Integer retentionDays) {
        String what = "workshop settings of municipality '" + municipalityId + "'";
        try {
            db.transaction(tx -> {
                long current = settings(tx, municipalityId).version();
                if (current == 0 && (expected.anyVersion() || expected.versions().contains(0L))) {
                    tx.update("INSERT INTO WORKSHOP_SETTINGS (MUNICIPALITY_ID, RETENTION_DAYS, VERSION, UPDATED_AT) VALUES (?, ?, 1, ?)",
                            municipalityId, retentionDays, Instant.now());
                } else if (current == 0) {
                    throw new StaleVersionException(what, 0);
                } else {
                    tx.versionedRow(what, "WORKSHOP_SETTINGS", "MUNICIPALITY_ID = ?", municipalityId)
                            .update(expected, "RETENTION_DAYS = ?, UPDATED_AT = ?", retentionDays, Instant.now());
                }
                return null;
            });
        } catch (DuplicateKeyException createdMeanwhile) {
            throw new StaleVersionException(what, settings(municipalityId).version());
        }
        applyRetention(municipalityId);
        return settings(municipalityId);
    }

    /** Removes the names the municipality's retention period no longer allows; the number removed. */
    int applyRetention(String municipalityId) {
        return db.transaction(tx -> {
            Integer days = settings(tx, municipalityId).retentionDays();
            if (days == null) {
                return 0;
            }
            LocalDate keepFrom = LocalDate.now().minusDays(days);
            int removed = 0;
            for (long id : tx.list(r -> r.number("ID"), "SELECT W.ID FROM WORKSHOP W WHERE W.MUNICIPALITY_ID = ? "
                    + "AND EXISTS (SELECT 1 FROM WORKSHOP_PARTICIPANT P WHERE P.WORKSHOP_ID = W.ID AND P.NAME IS NOT NULL) "
                    + "AND NOT EXISTS (SELECT 1 FROM WORKSHOP_DAY D WHERE D.WORKSHOP_ID = W.ID AND D.DAY_DATE >= ?)", municipalityId, keepFrom)) {
                newVersion(tx, Owner.municipality(municipalityId), id);
                removed += tx.update("UPDATE WORKSHOP_PARTICIPANT SET NAME = NULL, NAME_REMOVED = TRUE "
                        + "WHERE WORKSHOP_ID = ? AND NAME IS NOT NULL", id);
            }
            return removed;
        });
    }

    /** Everything the municipality's workshops hold about a person of this name (compared without regard to case). */
    List<Appearance> find(Owner owner, String name) {
        return db.transaction(tx -> {
            List<Appearance> found = new ArrayList<>();
            for (long id : workshopsNaming(tx, owner, name)) {
                record Head(String title, String facilitator, String decider) {
                }
                Head head = tx.first(r -> new Head(r.text("TITLE"), r.text("FACILITATOR"), r.text("DECIDER")),
                        "SELECT TITLE, FACILITATOR, DECIDER FROM WORKSHOP WHERE ID = ?", id).orElseThrow();
                record Seat(String organisation, String sector, boolean consent) {
                }
                List<Seat> seats = tx.list(r -> new Seat(r.text("ORGANISATION"), r.text("SECTOR"), r.flag("CONSENT")),
                        "SELECT * FROM WORKSHOP_PARTICIPANT WHERE WORKSHOP_ID = ? AND LOWER(NAME) = LOWER(?)", id, name);
                List<String> roles = new ArrayList<>();
                if (!seats.isEmpty()) {
                    roles.add("PARTICIPANT");
                }
                if (name.equalsIgnoreCase(head.facilitator())) {
                    roles.add("FACILITATOR");
                }
                if (name.equalsIgnoreCase(head.decider())) {
                    roles.add("DECIDER");
                }
                Seat seat = seats.isEmpty() ? null : seats.get(0);
                found.add(new Appearance(id, head.title(), tx.first(r -> r.date("D"), "SELECT MIN(DAY_DATE) AS D FROM WORKSHOP_DAY WHERE WORKSHOP_ID = ?",
                        id).orElse(null), tx.first(r -> r.date("D"), "SELECT MAX(DAY_DATE) AS D FROM WORKSHOP_DAY WHERE WORKSHOP_ID = ?", id)
                        .orElse(null), roles, seat == null ? null : seat.organisation(), seat == null ? null : seat.sector(),
                        seat == null ? null : seat.consent()));
            }
            return found;
        });
    }

    /** Removes the person from every workshop of the municipality: their seat as participant, and their name as facilitator or decider. */
    Erased erase(Owner owner, String name) {
        return db.transaction(tx -> {
            List<Long> ids = workshopsNaming(tx, owner, name);
            int seats = 0;
            int roles = 0;
            for (long id : ids) {
                newVersion(tx, owner, id);
                seats += tx.update("DELETE FROM WORKSHOP_PARTICIPANT WHERE WORKSHOP_ID = ? AND LOWER(NAME) = LOWER(?)", id, name);
                roles += tx.update("UPDATE WORKSHOP SET FACILITATOR = NULL WHERE ID = ? AND LOWER(FACILITATOR) = LOWER(?)", id, name);
                roles += tx.update("UPDATE WORKSHOP SET DECIDER = NULL WHERE ID = ? AND LOWER(DECIDER) = LOWER(?)", id, name);
            }
            return new Erased(name, ids.size(), seats, roles);
        });
    }

    private void applyAllRetention() {
        try {
            for (String municipalityId : db.transaction(tx -> tx.list(r -> r.text("MUNICIPALITY_ID"),
                    "SELECT MUNICIPALITY_ID FROM WORKSHOP_SETTINGS WHERE RETENTION_DAYS IS NOT NULL"))) {
                int removed = applyRetention(municipalityId);
                if (removed > 0) {
                    LOG.info("Removed {} participants' names from workshops of '{}' past its retention period", removed, municipalityId);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("The daily removal of participants' names past the retention period did not run; it tries again tomorrow", e);
        }
    }

    private static List<Long> workshopsNaming(Transaction tx, Owner owner, String name) throws SQLException {
        return tx.list(r -> r.number("ID"), "SELECT ID FROM WORKSHOP W WHERE " + owner.where() + " AND (LOWER(FACILITATOR) = LOWER(?) "
                + "OR LOWER(DECIDER) = LOWER(?) OR EXISTS (SELECT 1 FROM WORKSHOP_PARTICIPANT P WHERE P.WORKSHOP_ID = W.ID "
                + "AND LOWER(P.NAME) = LOWER(?))) ORDER BY ID", owner.id(), name, name, name);
    }

    /** A workshop changed by the platform rather than by a client still gets a new version, so that no client's copy is mistaken for current. */
    private static void newVersion(Transaction tx, Owner owner, long id) throws SQLException {
        var row = tx.versionedRow("workshop " + id, "WORKSHOP", owner.where() + " AND ID = ?", owner.id(), id);
        row.update(ExpectedVersion.exactly(row.version().orElseThrow()), "UPDATED_AT = ?", Instant.now());
    }

    private static Settings settings(Transaction tx, String municipalityId) throws SQLException {
        return tx.first(r -> new Settings(municipalityId, r.optionalNumber("RETENTION_DAYS") == null ? null
                : r.integer("RETENTION_DAYS"), r.number("VERSION")), "SELECT * FROM WORKSHOP_SETTINGS WHERE MUNICIPALITY_ID = ?",
                municipalityId).orElse(new Settings(municipalityId, null, 0));
    }
}

package org.samverka.plugin.lifecycle;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Transaction;

/** Yearly population statistics of municipalities. */
@Component(service = PopulationStore.class)
public final class PopulationStore {

    /** What an import changed. */
    public record Written(int created, int updated, int unchanged) {
    }

    private static final String COLUMNS = "POPULATION = ?, BORN = ?, DIED = ?, IN_FROM_COUNTY = ?, IN_FROM_COUNTRY = ?, "
            + "IN_FROM_ABROAD = ?, OUT_TO_COUNTY = ?, OUT_TO_COUNTRY = ?, OUT_TO_ABROAD = ?, ADJUSTMENT = ?, SOURCE = ?, "
            + "UPDATED_AT = ?";

    private final SchemaAccess db;

    @Activate
    public PopulationStore(@Reference LifecycleSchema schema) {
        this.db = schema.db();
    }

    /** The years of the given municipalities, by municipality and then year; all of them in one query. */
    List<PopulationYear> of(Collection<String> municipalityIds, Integer year) {
        if (municipalityIds.isEmpty()) {
            return List.of();
        }
        return db.transaction(tx -> of(tx, municipalityIds, year));
    }

    Optional<PopulationYear> one(String municipalityId, int year) {
        return db.transaction(tx -> one(tx, municipalityId, year));
    }

    /** @throws DuplicateKeyException when the year is there already, also when written a moment ago */
    PopulationYear create(String municipalityId, PopulationYear.Input in) {
        return db.transaction(tx -> {
            insert(tx, municipalityId, in);
            return one(tx, municipalityId, in.year()).orElseThrow();
        });
    }

    /** A compare-and-set: 404 while the year is not there, 412 when it changed since the client read it. */
    PopulationYear correct(String municipalityId, ExpectedVersion expected, PopulationYear.Input in) {
        return db.transaction(tx -> {
            row(tx, municipalityId, in.year()).update(expected, COLUMNS, arguments(in));
            return one(tx, municipalityId, in.year()).orElseThrow();
        });
    }

    /**
     * Writes every year in one transaction: a new year is added, a year whose figures differ is
     * replaced through a compare-and-set on the version just read (an import that raced another
     * for the same year fails whole and can be sent again), an equal year is left as it is.
     */
    Written importAll(Map<String, List<PopulationYear.Input>> byMunicipality) {
        return db.transaction(tx -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (var municipality : byMunicipality.entrySet()) {
                for (PopulationYear.Input in : municipality.getValue()) {
                    Optional<PopulationYear> stored = one(tx, municipality.getKey(), in.year());
                    if (stored.isEmpty()) {
                        insert(tx, municipality.getKey(), in);
                        created++;
                    } else if (same(stored.get(), in)) {
                        unchanged++;
                    } else {
                        row(tx, municipality.getKey(), in.year()).update(ExpectedVersion.exactly(stored.get().version()),
                                COLUMNS, arguments(in));
                        updated++;
                    }
                }
            }
            return new Written(created, updated, unchanged);
        });
    }

    private static List<PopulationYear> of(Transaction tx, Collection<String> municipalityIds, Integer year)
            throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(municipalityIds.size(), "?"));
        List<Object> arguments = new java.util.ArrayList<>(municipalityIds);
        String sql = "SELECT * FROM POPULATION_YEAR WHERE MUNICIPALITY_ID IN (" + marks + ")";
        if (year != null) {
            sql += " AND YEAR_COUNTED = ?";
            arguments.add(year);
        }
        return tx.list(PopulationStore::year, sql + " ORDER BY MUNICIPALITY_ID, YEAR_COUNTED", arguments.toArray());
    }

    private static Optional<PopulationYear> one(Transaction tx, String municipalityId, int year) throws SQLException {
        return tx.first(PopulationStore::year, "SELECT * FROM POPULATION_YEAR WHERE MUNICIPALITY_ID = ? AND YEAR_COUNTED = ?",
                municipalityId, year);
    }

    private static void insert(Transaction tx, String municipalityId, PopulationYear.Input in) throws SQLException {
        Object[] values = arguments(in);
        Object[] all = new Object[values.length + 2];
        all[0] = municipalityId;
        all[1] = in.year();
        System.arraycopy(values, 0, all, 2, values.length);
        tx.update("INSERT INTO POPULATION_YEAR (MUNICIPALITY_ID, YEAR_COUNTED, POPULATION, BORN, DIED, IN_FROM_COUNTY, "
                + "IN_FROM_COUNTRY, IN_FROM_ABROAD, OUT_TO_COUNTY, OUT_TO_COUNTRY, OUT_TO_ABROAD, ADJUSTMENT, SOURCE, "
                + "UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", all);
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String municipalityId, int year) {
        return tx.versionedRow("population figures of " + year + " for municipality '" + municipalityId + "'",
                "POPULATION_YEAR", "MUNICIPALITY_ID = ? AND YEAR_COUNTED = ?", municipalityId, year);
    }

    private static Object[] arguments(PopulationYear.Input in) {
        return new Object[] {in.population(), in.born(), in.died(), in.inFromCounty(), in.inFromCountry(),
            in.inFromAbroad(), in.outToCounty(), in.outToCountry(), in.outToAbroad(), in.adjustment(), in.source(),
            Instant.now()};
    }

    private static boolean same(PopulationYear stored, PopulationYear.Input in) {
        return Objects.equals(stored.population(), in.population()) && stored.born() == in.born()
                && stored.died() == in.died() && Objects.equals(stored.inFromCounty(), in.inFromCounty())
                && stored.inFromCountry() == in.inFromCountry() && stored.inFromAbroad() == in.inFromAbroad()
                && Objects.equals(stored.outToCounty(), in.outToCounty()) && stored.outToCountry() == in.outToCountry()
                && stored.outToAbroad() == in.outToAbroad() && Objects.equals(stored.adjustment(), in.adjustment())
                && Objects.equals(stored.source(), in.source());
    }

    private static PopulationYear year(Row r) throws SQLException {
        var in = new PopulationYear.Input(r.integer("YEAR_COUNTED"), optional(r, "POPULATION"), r.integer("BORN"),
                r.integer("DIED"), optional(r, "IN_FROM_COUNTY"), r.integer("IN_FROM_COUNTRY"), r.integer("IN_FROM_ABROAD"),
                optional(r, "OUT_TO_COUNTY"), r.integer("OUT_TO_COUNTRY"), r.integer("OUT_TO_ABROAD"),
                optional(r, "ADJUSTMENT"), r.text("SOURCE"));
        return new PopulationYear(r.text("MUNICIPALITY_ID"), in.year(), in.population(), in.born(), in.died(),
                in.inFromCounty(), in.inFromCountry(), in.inFromAbroad(), in.outToCounty(), in.outToCountry(),
                in.outToAbroad(), in.adjustment(), in.netMigration(), in.netChange(), in.source(), r.number("VERSION"),
                r.instant("UPDATED_AT"));
    }

    private static Integer optional(Row r, String column) throws SQLException {
        Long value = r.optionalNumber(column);
        return value == null ? null : value.intValue();
    }
}

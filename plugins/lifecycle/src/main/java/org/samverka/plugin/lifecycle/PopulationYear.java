package org.samverka.plugin.lifecycle;

import java.time.Instant;

import org.samverka.api.rest.Validation;

/**
 * A municipality's population at 31 December of a year and the components of its change, as
 * SCB and SSB publish them. {@code inFromCounty} and {@code outToCounty} are null when the
 * statistics give domestic moves as one figure (then they are all in {@code …Country}).
 *
 * @param netMigration moved in − moved out
 * @param netChange    born − died + net migration + adjustment: adds up across municipalities
 */
public record PopulationYear(String municipalityId, int year, Integer population, int born, int died,
        Integer inFromCounty, int inFromCountry, int inFromAbroad, Integer outToCounty, int outToCountry, int outToAbroad,
        Integer adjustment, int netMigration, int netChange, String source, long version, Instant updatedAt) {

    /** A year's figures as a client or an import sends them. */
    public record Input(Integer year, Integer population, Integer born, Integer died, Integer inFromCounty,
            Integer inFromCountry, Integer inFromAbroad, Integer outToCounty, Integer outToCountry, Integer outToAbroad,
            Integer adjustment, String source) {

        Input validated() {
            var check = new Validation();
            check.required("year", year);
            check.check(year == null || (year >= 1900 && year <= 2200), "year", "must be a year");
            count(check, "population", population, false);
            count(check, "born", born, true);
            count(check, "died", died, true);
            count(check, "inFromCounty", inFromCounty, false);
            count(check, "inFromCountry", inFromCountry, true);
            count(check, "inFromAbroad", inFromAbroad, true);
            count(check, "outToCounty", outToCounty, false);
            count(check, "outToCountry", outToCountry, true);
            count(check, "outToAbroad", outToAbroad, true);
            check.check((inFromCounty == null) == (outToCounty == null), inFromCounty == null ? "inFromCounty" : "outToCounty",
                    "give moves within the county both ways, or neither");
            String cleanSource = check.optionalText("source", source, 200);
            check.throwIfInvalid();
            return new Input(year, population, born, died, inFromCounty, inFromCountry, inFromAbroad, outToCounty,
                    outToCountry, outToAbroad, adjustment, cleanSource);
        }

        int netMigration() {
            return value(inFromCounty) + inFromCountry + inFromAbroad - value(outToCounty) - outToCountry - outToAbroad;
        }

        int netChange() {
            return born - died + netMigration() + value(adjustment);
        }

        Input inYear(int theYear) {
            return new Input(theYear, population, born, died, inFromCounty, inFromCountry, inFromAbroad, outToCounty,
                    outToCountry, outToAbroad, adjustment, source);
        }

        private static void count(Validation check, String field, Integer value, boolean required) {
            if (required) {
                check.required(field, value);
            }
            check.check(value == null || value >= 0, field, "must be 0 or more");
        }

        private static int value(Integer figure) {
            return figure == null ? 0 : figure;
        }
    }
}

package org.samverka.tenants.internal;

import java.util.List;

/** The tenants a new database starts with, as written in {@code config/tenants.json}. */
record ReferenceData(List<RegionEntry> regions) {

    record RegionEntry(String id, String code, String name, String country, List<MunicipalityEntry> municipalities) {
    }

    record MunicipalityEntry(String id, String code, String name) {
    }
}

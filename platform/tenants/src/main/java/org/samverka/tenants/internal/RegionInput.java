package org.samverka.tenants.internal;

import org.samverka.api.rest.Validation;

/** A region as a client sends it: {@code id} is required when creating, optional (but must match) when replacing. */
public record RegionInput(String id, String code, String name, String country) {

    static final java.util.Set<String> COUNTRIES = java.util.Set.of("SE", "NO", "DK", "FI", "IS");

    RegionInput validated(boolean creating) {
        var check = new Validation();
        String slug = creating ? check.requiredSlug("id", id, 64) : check.optionalText("id", id, 64);
        String cleanCode = check.requiredText("code", code, 16);
        check.check(cleanCode == null || cleanCode.matches("[0-9]{1,16}"), "code", "must be the official numeric code, e.g. 25");
        String cleanName = check.requiredText("name", name, 200);
        String cleanCountry = check.requiredText("country", country, 2);
        check.check(cleanCountry == null || COUNTRIES.contains(cleanCountry), "country", "must be one of DK, FI, IS, NO, SE");
        check.throwIfInvalid();
        return new RegionInput(slug, cleanCode, cleanName, cleanCountry);
    }
}

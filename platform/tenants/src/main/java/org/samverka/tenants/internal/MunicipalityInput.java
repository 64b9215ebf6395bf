package org.samverka.tenants.internal;

import org.samverka.api.rest.Validation;

/**
 * A municipality as a client sends it. {@code id} is required when creating; {@code regionId}
 * may be given when replacing, to move the municipality to another region.
 */
public record MunicipalityInput(String id, String regionId, String code, String name) {

    MunicipalityInput validated(boolean creating) {
        var check = new Validation();
        String slug = creating ? check.requiredSlug("id", id, 64) : check.optionalText("id", id, 64);
        String region = check.optionalText("regionId", regionId, 64);
        String cleanCode = check.requiredText("code", code, 16);
        check.check(cleanCode == null || cleanCode.matches("[0-9]{1,16}"), "code",
                "must be the official numeric code, e.g. 2580 (SCB kommunkod) or 1804 (kommunenummer)");
        String cleanName = check.requiredText("name", name, 200);
        check.throwIfInvalid();
        return new MunicipalityInput(slug, region, cleanCode, cleanName);
    }
}

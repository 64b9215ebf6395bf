package org.samverka.tenants.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static final Path SHIPPED = Path.of("..", "..", "config", "tenants.json");

    @Test
    void theShippedFileHoldsNorrbottenVasterbottenAndNordland() {
        Map<String, Integer> sizes = ReferenceDataLoader.read(SHIPPED).regions().stream()
                .collect(Collectors.toMap(ReferenceData.RegionEntry::id, r -> r.municipalities().size()));
        assertEquals(Map.of("norrbotten", 14, "vasterbotten", 15, "nordland", 1), sizes);
    }

    @Test
    void everyShippedEntryPassesTheApisOwnValidation() {
        for (var region : ReferenceDataLoader.read(SHIPPED).regions()) {
            new RegionInput(region.id(), region.code(), region.name(), region.country()).validated(true);
            region.municipalities().forEach(m -> new MunicipalityInput(m.id(), null, m.code(), m.name()).validated(true));
        }
    }

    @Test
    void officialCodesAreKeptBesideTheSlugs() {
        var norrbotten = ReferenceDataLoader.read(SHIPPED).regions().get(0);
        var lulea = norrbotten.municipalities().stream().filter(m -> m.id().equals("lulea")).findFirst().orElseThrow();
        assertEquals("2580", lulea.code());
        assertEquals("Luleå", lulea.name());
    }
}

package org.samverka.tenants.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.samverka.api.storage.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * On the first start of an empty database, loads the regions and municipalities of the
 * reference data file, all or nothing. Later starts leave the tenants alone, even if every
 * region was deleted since.
 */
@Component(immediate = true, configurationPid = ReferenceDataLoader.PID)
@Designate(ocd = ReferenceDataLoader.Config.class)
public final class ReferenceDataLoader {

    /** Configuration: {@code config/org.samverka.tenants.cfg}. */
    static final String PID = "org.samverka.tenants";
    static final String LOADED_SETTING = "reference-data-loaded";
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

    @ObjectClassDefinition(name = "Samverka tenants")
    public @interface Config {
        @AttributeDefinition(description = "JSON file with the tenants of a new database; "
                + "empty means config/tenants.json of the Samverka home.")
        String referenceDataFile() default "";
    }

    @Activate
    public ReferenceDataLoader(@Reference TenantStore tenants, BundleContext context, Config config) throws IOException {
        Path file = config.referenceDataFile().isBlank()
                ? Path.of(String.valueOf(context.getProperty("samverka.home")), "config", "tenants.json")
                : Path.of(config.referenceDataFile());
        tenants.write(tx -> {
            if (tx.number("SELECT COUNT(*) FROM SETTING WHERE NAME = ?", LOADED_SETTING) > 0
                    || tx.number("SELECT COUNT(*) FROM REGION") > 0) {
                return null;
            }
            if (!Files.isRegularFile(file)) {
                LOG.warn("No reference data at {}; the database starts without tenants", file);
                return null;
            }
            ReferenceData data = read(file);
            insert(tx, data);
            tx.update("INSERT INTO SETTING (NAME, TEXT_VALUE) VALUES (?, ?)", LOADED_SETTING, Instant.now().toString());
            LOG.info("Loaded {} regions from {}", data.regions().size(), file);
            return null;
        });
    }

    static ReferenceData read(Path file) {
        try {
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), ReferenceData.class);
        } catch (IOException e) {
            throw new IllegalStateException("Reference data " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    private static void insert(Transaction tx, ReferenceData data) throws SQLException {
        Instant now = Instant.now();
        for (ReferenceData.RegionEntry r : data.regions()) {
            RegionInput region = new RegionInput(r.id(), r.code(), r.name(), r.country()).validated(true);
            TenantStore.insertRegion(tx, region, now);
            for (ReferenceData.MunicipalityEntry m : r.municipalities()) {
                TenantStore.insertMunicipality(tx, region.id(),
                        new MunicipalityInput(m.id(), null, m.code(), m.name()).validated(true), now);
            }
        }
    }
}

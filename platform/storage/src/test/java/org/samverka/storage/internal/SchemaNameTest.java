package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SchemaNameTest {

    @Test
    void moduleIdsBecomeUpperCaseSchemaNames() {
        assertEquals("WORKSHOP_TOOLKIT", SchemaCatalog.normalize("workshop-toolkit"));
    }

    @Test
    void namesThatCouldInjectSqlOrHitSystemSchemasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SchemaCatalog.normalize("x; DROP TABLE y"));
        assertThrows(IllegalArgumentException.class, () -> SchemaCatalog.normalize("sysibm"));
        assertThrows(IllegalArgumentException.class, () -> SchemaCatalog.normalize("samverka_storage"));
    }
}

package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SchemaNameTest {

    @Test
    void moduleIdsBecomeUpperCaseSchemaNames() {
        assertEquals("WORKSHOP_TOOLKIT", SchemaStorage.normalize("workshop-toolkit"));
    }

    @Test
    void namesThatCouldInjectSqlOrHitSystemSchemasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SchemaStorage.normalize("x; DROP TABLE y"));
        assertThrows(IllegalArgumentException.class, () -> SchemaStorage.normalize("sysibm"));
        assertThrows(IllegalArgumentException.class, () -> SchemaStorage.normalize("samverka_storage"));
    }
}

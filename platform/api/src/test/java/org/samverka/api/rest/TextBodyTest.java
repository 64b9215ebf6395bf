package org.samverka.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

class TextBodyTest {

    private static MediaType csv(String charset) {
        return charset == null ? new MediaType("text", "csv") : new MediaType("text", "csv", java.util.Map.of("charset", charset));
    }

    private static final String CSV = "title\nLuleå\nÖverkalix\n";

    @Test
    void aFileIsReadInTheCharsetItDeclares() {
        byte[] excel = CSV.getBytes(Charset.forName("windows-1252"));
        assertEquals(CSV, TextBody.decode(excel, csv("windows-1252")));
        assertEquals(CSV, TextBody.decode(CSV.getBytes(StandardCharsets.UTF_8), csv(null)));
        assertEquals(CSV, TextBody.decode(CSV.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void bytesNotValidInTheCharsetAreRefusedNamingTheirLine() {
        byte[] excel = CSV.getBytes(Charset.forName("windows-1252"));
        ApiProblem undeclared = assertThrows(ApiProblem.class, () -> TextBody.decode(excel, csv(null)));
        assertEquals(400, undeclared.status());
        assertEquals("line 2", undeclared.errors().get(0).field());
        assertTrue(undeclared.errors().get(0).message().contains("windows-1252"));

        byte[] undefinedInCp1252 = {'a', '\n', 'b', '\n', (byte) 0x81, '\n'};
        ApiProblem declared = assertThrows(ApiProblem.class,
                () -> TextBody.decode(undefinedInCp1252, csv("windows-1252")));
        assertEquals("line 3", declared.errors().get(0).field());
    }

    @Test
    void anUnknownCharsetIsUnsupported() {
        assertEquals(415, assertThrows(ApiProblem.class,
                () -> TextBody.decode(new byte[] {'a'}, csv("klingon"))).status());
    }
}

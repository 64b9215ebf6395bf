package org.samverka.plugin.workshop;

import java.util.List;

/**
 * A region's own methods and templates as one JSON document: what {@code GET …/workshop/library}
 * exports and {@code POST …/workshop/library} imports, so that a consultant's methods travel
 * between installations. The reference library is never in it: every installation has it.
 *
 * @param format always {@link #FORMAT}, so that an import can tell a library from any other JSON
 */
public record LibraryFile(String format, String exportedFrom, List<OwnMethodInput> methods, List<OwnTemplateInput> templates) {

    static final String FORMAT = "samverka-workshop-library/1";
}

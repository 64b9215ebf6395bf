package org.samverka.plugin.workshop.api;

import org.samverka.api.module.LocalizedText;

/**
 * A workshop method as another module shows it.
 *
 * @param origin {@code reference}, or the id of the region whose own method it is
 */
public record MethodSummary(String id, String stage, LocalizedText name, LocalizedText purpose, int minMinutes, int maxMinutes,
        String origin) {
}

package org.samverka.plugin.lifecycle.api;

import java.time.LocalDate;

/**
 * A decision another module took that the municipality means to carry out.
 *
 * @param municipalityId the municipality whose plan gets the action
 * @param phase one of {@link LifecycleActions#PHASES}, case-insensitive
 * @param title what is to be done, at most 200 characters
 * @param responsible who does it, optional, at most 200 characters
 * @param dueDate by when, optional
 * @param originModule the id of the module the decision was taken in ({@code workshop}, {@code notes})
 * @param originReference what in that module it came from (a workshop id, a note id), at most 200 characters
 */
public record Decision(String municipalityId, String phase, String title, String responsible, LocalDate dueDate,
        String originModule, String originReference) {
}

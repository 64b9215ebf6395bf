package org.samverka.plugin.cocreation;

/** The five steps of Bodø's guide, in order. Innovation is never linear: a project may go back to any step. */
public enum Step {
    FRAME, INSIGHT, WORKSHOP, ANALYSIS, PROTOTYPE
}

package org.samverka.plugin.workshop;

/**
 * Turns a workshop's decision into an action of another module, when a module that takes actions
 * is there. Only {@link LifecycleDecisionActions} names the lifecycle plugin's types, so that the
 * rest of this plugin loads and serves without them.
 */
public interface DecisionActions {

    /** The path of the action the decision became. */
    String toAction(Output decision, ActionInput input);

    /** What a decision needs besides its text to become an action: the phase, and optionally who and by when. */
    record ActionInput(String phase, String responsible, java.time.LocalDate dueDate) {
    }
}

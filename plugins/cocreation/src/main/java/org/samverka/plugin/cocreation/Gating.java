package org.samverka.plugin.cocreation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a project may move from one step to another. Back is always free. Forward leaves the
 * current step and any skipped ones: their unchecked items are open; under {@code WARN} the move
 * goes on and lists them; under {@code REQUIRE} open mandatory items stop it unless a written
 * reason overrides. Pure logic.
 */
final class Gating {

    /** The outcome: allowed or not, what was open, which of it was mandatory, and whether a reason overrode it. */
    record Decision(boolean allowed, boolean forward, List<Guide.CheckItem> open, List<Guide.CheckItem> blocking, boolean override) {
    }

    static final int MIN_REASON = 10;

    private Gating() {
    }

    static Decision decide(MunicipalGuide guide, Set<String> done, Step from, Step to, String reason) {
        if (to.ordinal() <= from.ordinal()) {
            return new Decision(true, false, List.of(), List.of(), false);
        }
        List<Guide.CheckItem> open = new ArrayList<>();
        for (int s = from.ordinal(); s < to.ordinal(); s++) {
            guide.steps().get(s).checklist().stream().filter(i -> !done.contains(i.id())).forEach(open::add);
        }
        List<Guide.CheckItem> blocking = open.stream().filter(Guide.CheckItem::mandatory).toList();
        boolean required = "REQUIRE".equals(guide.gating()) && !blocking.isEmpty();
        boolean reasoned = reason != null && reason.strip().length() >= MIN_REASON;
        return new Decision(!required || reasoned, true, open, blocking, required && reasoned);
    }
}

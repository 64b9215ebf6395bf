package org.samverka.plugin.workshop;

import java.util.Comparator;
import java.util.List;

/**
 * The ideas of a workshop in the order the votes give: the decider's supervotes first, then by
 * dot votes, most first; ties in the order the ideas were written down. Pure logic.
 */
final class Ranking {

    static final Comparator<Output> ORDER = Comparator.comparing(Output::supervote).reversed()
            .thenComparing(Comparator.comparingInt(Output::dots).reversed())
            .thenComparingLong(Output::id);

    private Ranking() {
    }

    static List<Output> ideas(List<Output> outputs) {
        return outputs.stream().filter(o -> o.kind().equals("IDEA")).sorted(ORDER).toList();
    }
}

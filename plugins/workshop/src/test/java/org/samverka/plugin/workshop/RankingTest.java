package org.samverka.plugin.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static Output idea(long id, int dots, boolean supervote) {
        return new Output(id, 1, "haparanda", "IDEA", "idea " + id, null, dots, supervote, null, 1, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void supervotesComeFirstThenDotsThenTheOrderWrittenDown() {
        Output note = new Output(9, 1, "haparanda", "NOTE", "a note", null, 0, false, null, 1, Instant.EPOCH, Instant.EPOCH);
        List<Output> ranked = Ranking.ideas(List.of(idea(1, 5, false), idea(2, 1, true), idea(3, 7, false), idea(4, 5, false), note));
        assertEquals(List.of(2L, 3L, 1L, 4L), ranked.stream().map(Output::id).toList());
    }
}

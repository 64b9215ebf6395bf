package org.samverka.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PageTest {

    private final AtomicInteger counted = new AtomicInteger();

    private Page.Total<RuntimeException> counting(long total) {
        return () -> {
            counted.incrementAndGet();
            return total;
        };
    }

    @Test
    void aShortPageKnowsItsTotalWithoutCounting() {
        Page<String> page = Page.ofOneMore(List.of("a", "b"), new Paging(0, 20), counting(99));
        assertEquals(List.of("a", "b"), page.items());
        assertEquals(2, page.total());
        assertEquals(0, counted.get());
    }

    @Test
    void aFullPageWithoutOneMoreEndsTheList() {
        Page<String> page = Page.ofOneMore(List.of("c", "d"), new Paging(2, 2), counting(99));
        assertEquals(4, page.total(), "offset 2 and two entries, none after them");
        assertEquals(0, counted.get());
    }

    @Test
    void oneMoreThanTheLimitIsLeftOutAndTheTotalCounted() {
        Page<String> page = Page.ofOneMore(List.of("a", "b", "c"), new Paging(0, 2), counting(7));
        assertEquals(List.of("a", "b"), page.items());
        assertEquals(7, page.total());
        assertEquals(1, counted.get());
    }

    @Test
    void anEmptyPageAfterTheStartCountsSinceTheListMayEndBeforeIt() {
        Page<String> page = Page.ofOneMore(List.of(), new Paging(40, 20), counting(3));
        assertEquals(List.of(), page.items());
        assertEquals(3, page.total());
        assertEquals(0, Page.ofOneMore(List.<String>of(), new Paging(0, 20), counting(5)).total());
    }

    @Test
    void aFailingCountReachesTheCaller() {
        Page.Total<java.sql.SQLException> failing = () -> {
            throw new java.sql.SQLException("busy");
        };
        assertThrows(java.sql.SQLException.class, () -> Page.ofOneMore(List.of(1, 2, 3), new Paging(0, 2), failing));
    }

    @Test
    void theSqlEndsAnOrderedSelect() {
        assertEquals(" OFFSET 40 ROWS FETCH NEXT 20 ROWS ONLY", new Paging(40, 20).sql());
        assertEquals(" OFFSET 40 ROWS FETCH NEXT 21 ROWS ONLY", new Paging(40, 20).sqlWithOneMore());
    }
}

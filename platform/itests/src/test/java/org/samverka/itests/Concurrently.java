package org.samverka.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Sends many requests at the same moment, each from its own thread, and collects the replies:
 * of any client, the small {@link Api} of the browser-like tests as well as the test kit's.
 */
final class Concurrently {

    private Concurrently() {
    }

    /** The replies, in the order of the senders. */
    static <R> List<R> send(int senders, IntFunction<R> request) {
        ExecutorService threads = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                int sender = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return request.apply(sender);
                }));
            }
            start.countDown();
            List<R> replies = new ArrayList<>();
            for (Future<R> future : futures) {
                replies.add(future.get(120, TimeUnit.SECONDS));
            }
            return replies;
        } catch (Exception e) {
            throw new AssertionError("a concurrent request failed to complete", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many replies had each status, e.g. {@code {200=1, 412=15}}, the status read by {@code status} ({@code Reply::status}). */
    static <R> TreeMap<Integer, Integer> statuses(List<R> replies, ToIntFunction<? super R> status) {
        TreeMap<Integer, Integer> counted = new TreeMap<>();
        replies.forEach(r -> counted.merge(status.applyAsInt(r), 1, Integer::sum));
        return counted;
    }
}

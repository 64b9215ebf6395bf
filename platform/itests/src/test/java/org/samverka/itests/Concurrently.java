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

import org.samverka.itests.Api.Reply;

/** Sends many requests at the same moment, each from its own thread, and collects the replies. */
final class Concurrently {

    private Concurrently() {
    }

    /** The replies, in the order of the senders. */
    static List<Reply> send(int senders, IntFunction<Reply> request) {
        ExecutorService threads = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                int sender = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return request.apply(sender);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(120, TimeUnit.SECONDS));
            }
            return replies;
        } catch (Exception e) {
            throw new AssertionError("a concurrent request failed to complete", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many replies had each status, e.g. {@code {200=1, 412=15}}. */
    static TreeMap<Integer, Integer> statuses(List<Reply> replies) {
        TreeMap<Integer, Integer> counted = new TreeMap<>();
        replies.forEach(r -> counted.merge(r.status(), 1, Integer::sum));
        return counted;
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load: N clients, each sending the next GET as soon as the last answered,
 * for a fixed time. Prints requests per second, failures and latency percentiles.
 *
 *   java LoadGenerator.java URL CLIENTS SECONDS [BEARER_TOKEN]
 */
public final class LoadGenerator {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (args.length > 3) {
            builder.header("Authorization", "Bearer " + args[3]);
        }
        HttpRequest request = builder.build();

        warmUp(http, request);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long[] samples = new long[2_000_000];
            latencies.add(samples);
            Thread thread = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        (r.statusCode() == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    if (n < samples.length) {
                        samples[n++] = System.nanoTime() - start;
                    }
                }
                samples[samples.length - 1] = n;
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream().flatMapToLong(s -> java.util.Arrays.stream(s, 0, (int) s[s.length - 1])).sorted().toArray();
        System.out.printf("clients=%d seconds=%d ok=%d failed=%d rps=%.0f p50=%.2fms p99=%.2fms%n", clients, seconds,
                ok.get(), failed.get(), ok.get() / (double) seconds, pct(all, 0.50), pct(all, 0.99));
    }

    private static void warmUp(HttpClient http, HttpRequest request) throws Exception {
        long end = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < end) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1e6;
    }
}

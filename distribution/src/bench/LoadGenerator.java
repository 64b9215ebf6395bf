import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load for machines without wrk: N clients, each sending the next request of a
 * plan as soon as the last answered, for a fixed time. Same plan files and same summary line as
 * {@code plan.lua}. The JDK's client is slower than wrk, so figures from the two are not compared.
 *
 *   java LoadGenerator.java BASE_URL CLIENTS SECONDS TOKEN PLAN_FILE
 */
public final class LoadGenerator {

    record Step(int limit, String method, String path, String body) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        String token = args[3];
        List<Step> plan = new ArrayList<>();
        int total = 0;
        for (String line : Files.readAllLines(Path.of(args[4]))) {
            String[] parts = line.split("\t", 4);
            if (parts.length >= 3 && parts[0].matches("\\d+")) {
                total += Integer.parseInt(parts[0]);
                plan.add(new Step(total, parts[1], parts[2], parts.length > 3 ? parts[3] : ""));
            }
        }
        int weights = total;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long[] samples = new long[1_000_000];
            latencies.add(samples);
            Thread thread = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpRequest request = next(base, token, plan, weights);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        (r.statusCode() < 400 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    if (n < samples.length - 1) {
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
        long[] all = latencies.stream().flatMapToLong(s -> Arrays.stream(s, 0, (int) s[s.length - 1])).sorted().toArray();
        System.out.printf("rps=%.0f p50=%.2fms p99=%.2fms max=%.2fms requests=%d failed=%d%n", ok.get() / (double) seconds,
                pct(all, 0.50), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, ok.get() + failed.get(),
                failed.get());
    }

    private static HttpRequest next(String base, String token, List<Step> plan, int weights) {
        int r = ThreadLocalRandom.current().nextInt(weights) + 1;
        Step step = plan.stream().filter(s -> r <= s.limit()).findFirst().orElseThrow();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + step.path())).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
        if (step.method().equals("PUT") || step.method().equals("DELETE")) {
            builder.header("If-Match", "*");
        }
        if (step.body().isEmpty()) {
            return builder.method(step.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(step.method(), HttpRequest.BodyPublishers.ofString(step.body())).build();
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1e6;
    }
}

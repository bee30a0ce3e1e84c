package org.accolade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.accolade.People;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.BakedImage;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.baking.SvgBaker.Standard;
import org.accolade.EmbeddedPostgresDatabase;
import org.accolade.verification.VerificationRequest;
import org.accolade.verification.VerificationRequest.UploadedFile;
import org.accolade.verification.VerificationService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Open Badges figures of docs/benchmarks.md, on PostgreSQL: bakes per second of a 256×256 PNG, verifications
 * per second of a baked PNG (this server's documents, read without HTTP), and requests
 * per second with the 99th percentile of {@code GET /ob/v2/assertions/{id}} under 64 concurrent connections on
 * loopback. Not a test: {@code ./mvnw -Pbenchmark test -Dtest=OpenBadgesBenchmark}.
 */
@Tag("benchmark")
@ActiveProfiles({ "postgres", "demo" })
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "server.tomcat.threads.max=200" })
class OpenBadgesBenchmark {

    private static final int BAKES = Integer.getInteger("benchmark.bakes", 3000);
    private static final int VERIFICATIONS = Integer.getInteger("benchmark.verifications", 2000);
    private static final int CONNECTIONS = 64;
    private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    private static final int ASSERTIONS = 200;

    @Autowired
    private AssertionService assertions;
    @Autowired
    private VerificationService verifier;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Test
    void bakesPerSecondOfA256PixelPng() throws Exception {
        IssuedBadge badge = issue(1).get(0);
        byte[] baked = assertions.bakedImage(badge.id(), Standard.OPEN_BADGES_2, BakedImage.PNG).orElseThrow()
                .content();
        PngBaker baker = new PngBaker();
        String payload = baker.read(baked, PngBaker.OPEN_BADGES_2).orElseThrow();

        for (int i = 0; i < BAKES / 3; i++) {
            baker.bake(baked, PngBaker.OPEN_BADGES_2, payload);
        }
        long start = System.nanoTime();
        for (int i = 0; i < BAKES; i++) {
            baker.bake(baked, PngBaker.OPEN_BADGES_2, payload);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nBENCHMARK bake: %d bakes of a 256x256 PNG (%d bytes, payload %d bytes) in %.2f s: "
                + "%.0f bakes/s, one thread%n", BAKES, baked.length, payload.length(), seconds, BAKES / seconds);
    }

    @Test
    void verificationsPerSecondOfABakedPng() {
        Member holder = new People(members, users).fresh("Verified");
        IssuedBadge badge = assertions.issue(IssueBadges.to(holder,
                badgeClasses.findByKey("citoyen").orElseThrow().id())).badge();
        byte[] png = assertions.bakedImage(badge.id(), Standard.OPEN_BADGES_2, BakedImage.PNG).orElseThrow()
                .content();
        VerificationRequest request = new VerificationRequest(new UploadedFile(png, "badge.png", "image/png"),
                holder.email(), Locale.ENGLISH);

        for (int i = 0; i < VERIFICATIONS / 3; i++) {
            assertThat(verifier.verify(request).verified()).isTrue();
        }
        long start = System.nanoTime();
        for (int i = 0; i < VERIFICATIONS; i++) {
            verifier.verify(request);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nBENCHMARK verify: %d verifications of a baked PNG with the recipient's email in %.2f s:"
                + " %.0f verifications/s, one thread%n", VERIFICATIONS, seconds, VERIFICATIONS / seconds);
    }

    @Test
    void hostedAssertionsUnder64ConcurrentConnections() throws Exception {
        List<IssuedBadge> badges = issue(ASSERTIONS);
        List<URI> urls = badges.stream()
                .map(badge -> URI.create("http://127.0.0.1:" + port + "/ob/v2/assertions/" + badge.id())).toList();
        load(urls, Duration.ofSeconds(10));
        Result result = load(urls, LOAD);
        System.out.printf("%nBENCHMARK GET /ob/v2/assertions/{id}: %d connections, %d requests in %.1f s: %.0f req/s,"
                + " p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n", CONNECTIONS, result.latencies.size(),
                result.seconds, result.latencies.size() / result.seconds, result.percentile(50),
                result.percentile(99), result.percentile(100), result.errors);
        assertThat(result.errors).isZero();
    }

    /** Each connection is one client with its own keep-alive connection, sending its next request on each answer. */
    private Result load(List<URI> urls, Duration duration) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS);
        CountDownLatch start = new CountDownLatch(1);
        long end = System.nanoTime() + duration.toNanos() + TimeUnit.SECONDS.toNanos(1);
        List<Future<Result>> futures = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            int offset = c;
            futures.add(threads.submit(() -> connection(urls, offset, start, end)));
        }
        long begin = System.nanoTime();
        start.countDown();
        Result total = new Result();
        for (Future<Result> future : futures) {
            Result one = future.get();
            total.latencies.addAll(one.latencies);
            total.errors += one.errors;
        }
        total.seconds = (System.nanoTime() - begin) / 1e9;
        threads.shutdown();
        return total;
    }

    private static Result connection(List<URI> urls, int offset, CountDownLatch start, long end) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Result result = new Result();
        start.await();
        for (int i = offset; System.nanoTime() < end; i++) {
            HttpRequest request = HttpRequest.newBuilder(urls.get(i % urls.size()))
                    .header("Accept", "application/ld+json").build();
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            result.latencies.add((System.nanoTime() - sent) / 1e6);
            if (response.statusCode() != 200) {
                result.errors++;
            }
        }
        return result;
    }

    private List<IssuedBadge> issue(int count) {
        People people = new People(members, users);
        var citoyen = badgeClasses.findByKey("citoyen").orElseThrow().id();
        List<IssuedBadge> issued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            issued.add(assertions.issue(IssueBadges.to(people.fresh("Holder"), citoyen)).badge());
        }
        return issued;
    }

    private static final class Result {
        final List<Double> latencies = new ArrayList<>();
        int errors;
        double seconds;

        double percentile(int p) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(index);
        }
    }
}

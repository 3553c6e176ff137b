package org.taperwise.cdshooks.bench;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of hook calls against a RUNNING service (not a test, no assertion on time): each of N clients sends
 * calls one after another, each with its own signed JWT (signed before timing starts); reports p50, p90, p99 and
 * max per concurrency level, after a warm-up.
 *
 * <pre>
 * java -cp examples/target/taperwise-cds-hooks.jar org.taperwise.cdshooks.bench.HookLatencyBench \
 *   URL KEY.jwk.json REQUEST.json [warmup=300] [calls=2000] [concurrency=1,20]
 * </pre>
 * URL is the hook endpoint, e.g. http://127.0.0.1:8090/cds-services/taperwise-patient-view.
 */
public final class HookLatencyBench {
    private HookLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        ECKey key = JWK.parse(Files.readString(Path.of(args[1]))).toECKey();
        String body = Files.readString(Path.of(args[2]));
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int calls = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        int[] levels = args.length > 5 ? Arrays.stream(args[5].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 20};
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, url, key, body, 1, warmup, "warm-up");
        for (int clients : levels) {
            run(http, url, key, body, clients, calls, clients + " client(s)");
        }
    }

    private static void run(HttpClient http, String url, ECKey key, String body, int clients, int calls, String label)
            throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            tokens.add(token(key, url));
        }
        long[] nanos = new long[calls];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            done.add(pool.submit(() -> {
                for (int i = first; i < calls; i += clients) {
                    HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + tokens.get(i))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - t0;
                    if (resp.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + resp.statusCode() + ": " + resp.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        Arrays.sort(nanos);
        System.out.printf("%-12s calls %5d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms  %6.0f calls/s%n",
                label, calls, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[calls - 1] / 1e6,
                calls / (wall / 1e9));
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String token(ECKey key, String aud) throws Exception {
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://test-client.invalid").subject("bench")
                .audience(aud).issueTime(new Date(now)).expirationTime(new Date(now + 240_000))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}

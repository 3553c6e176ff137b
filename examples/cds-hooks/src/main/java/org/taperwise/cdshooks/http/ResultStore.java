package org.taperwise.cdshooks.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a card links to (the assessment, from which the handout is rendered when asked for), kept in memory under an unguessable token (128 random bits,
 * base64url) for a short time ({@code --result-ttl}, 15 minutes by default) and at most {@code capacity} of them
 * (the oldest go first). The URL holds only the token, never patient data; anyone holding the link within its
 * lifetime can read it, as with the CDC's and other CDS services' absolute links, so links are short-lived.
 */
public final class ResultStore<T> {
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry<T>(T value, Instant expires) {
    }

    private final Duration ttl;
    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<String, Entry<T>> results = new LinkedHashMap<>();

    public ResultStore(Duration ttl, int capacity, Clock clock) {
        this.ttl = ttl;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Keeps a result; its token. */
    public synchronized String put(T value) {
        purge();
        while (results.size() >= capacity) {
            Iterator<String> oldest = results.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        results.put(token, new Entry<>(value, clock.instant().plus(ttl)));
        return token;
    }

    /** The result under this token, if it exists and has not expired. */
    public synchronized Optional<T> get(String token) {
        Entry<T> r = results.get(token);
        if (r == null || !r.expires().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(r.value());
    }

    /** How many results are kept. */
    public synchronized int size() {
        purge();
        return results.size();
    }

    private void purge() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<String, Entry<T>>> it = results.entrySet().iterator(); it.hasNext(); ) {
            if (!it.next().getValue().expires().isAfter(now)) {
                it.remove();
            } else {
                break; // insertion order is expiry order
            }
        }
    }
}

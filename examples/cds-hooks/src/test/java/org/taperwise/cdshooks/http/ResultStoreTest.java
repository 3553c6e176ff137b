package org.taperwise.cdshooks.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultStoreTest {
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aResultIsGoneAfterItsLifetime() {
        MovableClock clock = new MovableClock();
        ResultStore<String> store = new ResultStore<>(Duration.ofMinutes(15), 10, clock);
        String token = store.put("a");
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertEquals("a", store.get(token).orElseThrow());
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(store.get(token).isEmpty());
    }

    @Test
    void theOldestResultGoesWhenTheStoreIsFull() {
        ResultStore<String> store = new ResultStore<>(Duration.ofMinutes(15), 2, new MovableClock());
        String first = store.put("1");
        store.put("2");
        store.put("3");
        assertTrue(store.get(first).isEmpty());
        assertEquals(2, store.size());
    }

    @Test
    void tokensAreUnguessable128BitValues() {
        ResultStore<String> store = new ResultStore<>(Duration.ofMinutes(15), 1000, new MovableClock());
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = store.put("x");
            assertEquals(22, t.length()); // 16 bytes, base64url without padding
            tokens.add(t);
        }
        assertEquals(1000, tokens.size());
    }
}

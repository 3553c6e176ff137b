package org.taperwise.cdshooks.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code jti} of every token seen, per issuer, until the token expires (CDS Hooks 2.0: the {@code jti} "MUST
 * NOT be reused"; a replay within the token's lifetime is refused). Tokens live at most five minutes, so the cache
 * holds at most the tokens of the last few minutes; expired entries are dropped as new ones arrive.
 */
final class ReplayCache {
    private final Clock clock;
    private final Map<String, Instant> seen = new HashMap<>();
    private Instant nextPurge = Instant.MIN;

    ReplayCache(Clock clock) {
        this.clock = clock;
    }

    /** Records the token; false when the same issuer's {@code jti} is still held (a replay). */
    synchronized boolean firstUse(String iss, String jti, Instant expires) {
        Instant now = clock.instant();
        if (now.isAfter(nextPurge)) {
            seen.values().removeIf(e -> !e.isAfter(now));
            nextPurge = now.plusSeconds(30);
        }
        String key = iss.length() + ":" + iss + jti;
        Instant held = seen.get(key);
        if (held != null && held.isAfter(now)) {
            return false;
        }
        // keep it past its expiry by the clock skew allowed, so a token accepted late cannot come back
        seen.put(key, expires.plusSeconds(JwtVerifier.MAX_CLOCK_SKEW_SECONDS));
        return true;
    }
}

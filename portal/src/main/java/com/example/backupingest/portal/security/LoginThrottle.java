package com.example.backupingest.portal.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Throttles failed logins with Bucket4j token buckets, kept in memory (a restart forgets them). Each
 * failure takes a token from two buckets: one per account <em>and</em> client address together
 * (OWASP's advice: a stranger's failures never lock the account's owner out from their own network),
 * and a larger one per client address (one address guessing across many accounts). An empty bucket
 * refuses further attempts, even with the right password, until it refills: the whole bucket within
 * the failure window, one attempt every {@code window / limit}.
 */
public class LoginThrottle {

    /** Full buckets say nothing; they are dropped once this many keys are held (a flood of invented names). */
    private static final int SWEEP_ABOVE = 10_000;

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
    }

    /** When the account from this client, or the client itself, may try again; empty when it may now. */
    public Optional<Instant> lockedUntil(String username, @Nullable String client) {
        Instant pair = lockOf(pairKey(username, client));
        Instant byClient = client == null ? null : lockOf(clientKey(client));
        if (pair == null || byClient != null && byClient.isAfter(pair)) {
            return Optional.ofNullable(byClient);
        }
        return Optional.of(pair);
    }

    public void failed(String username, @Nullable String client) {
        bucket(pairKey(username, client), properties.loginMaxFailures()).tryConsume(1);
        if (client != null) {
            bucket(clientKey(client), properties.loginMaxFailuresPerClient()).tryConsume(1);
        }
        if (buckets.size() > SWEEP_ABOVE) {
            sweep();
        }
    }

    /** A successful login forgives this account's failures from this client; the client's own count stays. */
    public void succeeded(String username, @Nullable String client) {
        buckets.remove(pairKey(username, client));
    }

    /** {@code delegate} behind this throttle: a locked account+client or client is refused before any password check. */
    public AuthenticationProvider guard(AuthenticationProvider delegate) {
        return new ThrottlingAuthenticationProvider(this, delegate);
    }

    /** Whole minutes (at least one) until {@code lockedUntil}, for "try again in N minutes". */
    @ReadsOnly
    public long minutesUntil(Instant lockedUntil) {
        long seconds = Math.max(0, lockedUntil.getEpochSecond() - clock.instant().getEpochSecond());
        return Math.max(1, (seconds + 59) / 60);
    }

    /** How many buckets are held (tests: the sweep). */
    int heldKeys() {
        return buckets.size();
    }

    private @Nullable Instant lockOf(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return null;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? null : clock.instant().plusNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(String key, int limit) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(b -> b.capacity(limit).refillGreedy(limit, properties.loginFailureWindow()))
                .withCustomTimePrecision(time)
                .build());
    }

    private void sweep() {
        buckets.entrySet().removeIf(e -> {
            String key = e.getKey();
            int limit = key.startsWith("client:") ? properties.loginMaxFailuresPerClient() : properties.loginMaxFailures();
            return e.getValue().getAvailableTokens() >= limit;
        });
    }

    private static String pairKey(String username, @Nullable String client) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT) + "|" + (client == null ? "-" : client);
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }

    /** Bucket4j reads time through this, so tests can move the application's Clock. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return Duration.ofSeconds(now.getEpochSecond(), now.getNano()).toNanos();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}

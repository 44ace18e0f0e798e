package com.example.backupingest.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts failed logins per username and per client address in memory (a restart forgets them,
 * which is acceptable for a lock of minutes). Reaching the limit inside the window locks the key
 * for the lock period; the count starts afresh after the lock.
 */
public class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    public LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** When the username or the client is locked, the later of the two lock ends. */
    public Optional<Instant> lockedUntil(String username, @Nullable String client) {
        Instant now = clock.instant();
        Instant byUser = lockOf(userKey(username), now);
        Instant byClient = client == null ? null : lockOf(clientKey(client), now);
        if (byUser == null) {
            return Optional.ofNullable(byClient);
        }
        return Optional.of(byClient != null && byClient.isAfter(byUser) ? byClient : byUser);
    }

    public void failed(String username, @Nullable String client) {
        Instant now = clock.instant();
        record(userKey(username), now, properties.loginMaxFailures());
        if (client != null) {
            record(clientKey(client), now, properties.loginMaxFailuresPerClient());
        }
    }

    /** Whole minutes (at least one) until {@code lockedUntil}, for "try again in N minutes". */
    public long minutesUntil(Instant lockedUntil) {
        long seconds = Math.max(0, lockedUntil.getEpochSecond() - clock.instant().getEpochSecond());
        return Math.max(1, (seconds + 59) / 60);
    }

    /** A successful login clears the username's failures; the client's count stays. */
    public void succeeded(String username) {
        attempts.remove(userKey(username));
    }

    private @Nullable Instant lockOf(String key, Instant now) {
        Attempts a = attempts.get(key);
        if (a == null) {
            return null;
        }
        synchronized (a) {
            return a.lockedUntil != null && now.isBefore(a.lockedUntil) ? a.lockedUntil : null;
        }
    }

    private void record(String key, Instant now, int limit) {
        Attempts a = attempts.computeIfAbsent(key, k -> new Attempts());
        synchronized (a) {
            Instant windowStart = now.minus(properties.loginFailureWindow());
            while (!a.failures.isEmpty() && !a.failures.peekFirst().isAfter(windowStart)) {
                a.failures.removeFirst();
            }
            a.failures.addLast(now);
            if (a.failures.size() >= limit) {
                a.lockedUntil = now.plus(properties.loginLock());
                a.failures.clear();
            }
        }
    }

    private static String userKey(String username) {
        return "user:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private @Nullable Instant lockedUntil;
    }
}

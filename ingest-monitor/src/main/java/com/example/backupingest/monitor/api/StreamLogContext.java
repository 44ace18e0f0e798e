package com.example.backupingest.monitor.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Puts the stream's coordinates into the MDC (keys {@code account}, {@code content},
 * {@code entrypoint}, {@code edge}) so every log line about a stream carries them, in JSON and text
 * logs alike. A scope restores what was there before, so scopes nest.
 */
public final class StreamLogContext {

    public static final String ACCOUNT = "account";
    public static final String CONTENT = "content";
    public static final String ENTRYPOINT = "entrypoint";
    public static final String EDGE = "edge";

    private StreamLogContext() {
    }

    /** Use with try-with-resources; null values leave that key out. */
    public static Scope open(@Nullable Long accountId, @Nullable String contentId, @Nullable Entrypoint entrypoint,
            @Nullable String edgeId) {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        values.put(ACCOUNT, accountId == null ? null : accountId.toString());
        values.put(CONTENT, contentId);
        values.put(ENTRYPOINT, entrypoint == null ? null : entrypoint.letter());
        values.put(EDGE, edgeId);
        Map<String, @Nullable String> before = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                before.put(key, MDC.get(key));
                MDC.put(key, value);
            }
        });
        return new Scope(before);
    }

    public static void with(@Nullable Long accountId, @Nullable String contentId, @Nullable Entrypoint entrypoint,
            @Nullable String edgeId, Runnable action) {
        try (Scope ignored = open(accountId, contentId, entrypoint, edgeId)) {
            action.run();
        }
    }

    /** The coordinates an event names. */
    public static Scope of(MonitorEvent event) {
        return switch (event) {
            case PublishStarted e -> open(e.accountId(), e.contentId(), e.entrypoint(), null);
            case PublishEnded e -> open(e.accountId(), e.contentId(), e.entrypoint(), null);
            case PublishRefused e -> open(null, e.contentId(), e.entrypoint(), null);
            case FailoverHappened e -> open(e.accountId(), e.contentId(), e.to() != null ? e.to() : e.from(), e.edgeId());
            case HealthChanged e -> open(e.accountId(), e.contentId(), e.health().entrypoint(), null);
            case SignalChanged e -> open(e.accountId(), e.contentId(), e.entrypoint(), null);
        };
    }

    /** Restores the previous MDC values on close. */
    public static final class Scope implements AutoCloseable {

        private final Map<String, @Nullable String> before;

        private Scope(Map<String, @Nullable String> before) {
            this.before = before;
        }

        @Override
        public void close() {
            before.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }
}

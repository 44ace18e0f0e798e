package com.example.backupingest.monitor.api;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A content's content checks: per {@link ContentCheck} on or off and how long a fault must last before
 * it counts (1 to 30 s, default 2 s). Travels with the publish grant, so the monitor that analyses
 * an entrypoint and the edges that decide on it use the customer's setting.
 */
public record ContentChecks(Setting black, Setting frozen, Setting silent) {

    public static final Duration MIN = Duration.ofSeconds(1);
    public static final Duration MAX = Duration.ofSeconds(30);
    public static final Duration DEFAULT_THRESHOLD = Duration.ofSeconds(2);
    public static final ContentChecks DEFAULT = new ContentChecks(Setting.DEFAULT, Setting.DEFAULT, Setting.DEFAULT);

    /** One check: on or off, and its threshold. */
    public record Setting(boolean enabled, Duration threshold) {

        public static final Setting DEFAULT = new Setting(true, DEFAULT_THRESHOLD);

        public Setting {
            if (threshold == null) {
                threshold = DEFAULT_THRESHOLD; // JSON of an older portal
            }
            if (threshold.compareTo(MIN) < 0 || threshold.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("threshold must be 1-30 s, got " + threshold.toMillis() + " ms");
            }
        }
    }

    public ContentChecks {
        black = black == null ? Setting.DEFAULT : black;
        frozen = frozen == null ? Setting.DEFAULT : frozen;
        silent = silent == null ? Setting.DEFAULT : silent;
    }

    public Setting setting(ContentCheck check) {
        return switch (check) {
            case BLACK -> black;
            case FROZEN -> frozen;
            case SILENT -> silent;
        };
    }

    /** How long {@code fault} must last before it counts; empty when its check is switched off. */
    public Optional<Duration> threshold(ContentFault fault) {
        Setting setting = setting(fault.check());
        return setting.enabled() ? Optional.of(setting.threshold()) : Optional.empty();
    }

    public ContentChecks with(ContentCheck check, Setting setting) {
        Map<ContentCheck, Setting> all = new EnumMap<>(ContentCheck.class);
        for (ContentCheck c : ContentCheck.values()) {
            all.put(c, c == check ? setting : setting(c));
        }
        return new ContentChecks(all.get(ContentCheck.BLACK), all.get(ContentCheck.FROZEN), all.get(ContentCheck.SILENT));
    }
}

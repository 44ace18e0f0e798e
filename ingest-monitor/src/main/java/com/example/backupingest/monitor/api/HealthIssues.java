package com.example.backupingest.monitor.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The health checks: per entrypoint ({@link HealthCheck}, run by the health monitor on every poll)
 * and between A and B ({@link PairCheck}, run wherever both are known: the monitor's API, the portal).
 * To add a check: an {@link IssueCode}, a check in {@link #standard()} (or a list of your own), and
 * its texts (see IssueCode).
 */
public final class HealthIssues {

    private final List<HealthCheck> checks;
    private final List<PairCheck> pairChecks;

    public HealthIssues(List<HealthCheck> checks, List<PairCheck> pairChecks) {
        this.checks = List.copyOf(checks);
        this.pairChecks = List.copyOf(pairChecks);
    }

    /** Everything this monitor checks. */
    public static HealthIssues standard() {
        return new HealthIssues(EncoderChecks.all(), PairChecks.all());
    }

    /** This entrypoint's own issues, in check order; none without an encoder. */
    public List<HealthIssue> of(EntrypointHealth health, Instant now) {
        if (!health.publishing()) {
            return List.of();
        }
        return checks.stream().flatMap(c -> c.check(health, now).stream()).toList();
    }

    /** Issues between A and B; none unless both publish. */
    public List<HealthIssue> compare(EntrypointHealth primary, EntrypointHealth backup, Instant now) {
        if (!primary.publishing() || !backup.publishing()) {
            return List.of();
        }
        return pairChecks.stream().flatMap(c -> c.check(primary, backup, now).stream()).toList();
    }

    /**
     * What a page shows of a content: each entrypoint's issues and those between them. A picture or
     * sound fault that both entrypoints show (the other at least raw, not yet its threshold long) is the
     * programme, not a fault of either: it leaves both lists for one INFO between them. In standby (one
     * encoder) a fault stays a warning of its entrypoint.
     */
    public View view(@Nullable EntrypointHealth primary, @Nullable EntrypointHealth backup, Instant now) {
        Map<Entrypoint, List<HealthIssue>> own = new EnumMap<>(Entrypoint.class);
        own.put(Entrypoint.PRIMARY, primary == null ? List.of() : new ArrayList<>(primary.issues()));
        own.put(Entrypoint.BACKUP, backup == null ? List.of() : new ArrayList<>(backup.issues()));
        List<HealthIssue> between = new ArrayList<>();
        if (primary != null && backup != null && primary.publishing() && backup.publishing()) {
            for (ContentCheck check : ContentCheck.values()) {
                boolean a = shows(primary, check);
                boolean b = shows(backup, check);
                boolean reported = reported(primary, check) || reported(backup, check);
                if (a && b && reported) {
                    own.values().forEach(list -> list.removeIf(i -> contentCheck(i.code()) == check));
                    between.add(HealthIssue.of(programme(check), null));
                }
            }
            between.addAll(compare(primary, backup, now));
        }
        return new View(own, between);
    }

    /** A content's issues by entrypoint and between them. */
    public record View(Map<Entrypoint, List<HealthIssue>> entrypoints, List<HealthIssue> between) {

        public View {
            Map<Entrypoint, List<HealthIssue>> copy = new EnumMap<>(Entrypoint.class);
            entrypoints.forEach((e, list) -> copy.put(e, List.copyOf(list)));
            entrypoints = Map.copyOf(copy);
            between = List.copyOf(between);
        }

        public List<HealthIssue> of(Entrypoint entrypoint) {
            return entrypoints.getOrDefault(entrypoint, List.of());
        }

        public List<HealthIssue> all() {
            return Stream.concat(Stream.of(Entrypoint.values()).flatMap(e -> of(e).stream()), between.stream())
                    .toList();
        }
    }

    private static boolean shows(EntrypointHealth health, ContentCheck check) {
        return health.details().faults().stream().anyMatch(f -> f.fault().check() == check);
    }

    private static boolean reported(EntrypointHealth health, ContentCheck check) {
        return health.issues().stream().anyMatch(i -> contentCheck(i.code()) == check);
    }

    private static final Set<IssueCode> CONTENT = EnumSet.of(IssueCode.PICTURE_BLACK, IssueCode.VIDEO_MISSING,
            IssueCode.PICTURE_FROZEN, IssueCode.AUDIO_SILENT, IssueCode.AUDIO_MISSING);

    private static @Nullable ContentCheck contentCheck(IssueCode code) {
        return CONTENT.contains(code) ? ContentFault.valueOf(code.name()).check() : null;
    }

    private static IssueCode programme(ContentCheck check) {
        return switch (check) {
            case BLACK -> IssueCode.PROGRAMME_BLACK;
            case FROZEN -> IssueCode.PROGRAMME_FROZEN;
            case SILENT -> IssueCode.PROGRAMME_SILENT;
        };
    }
}

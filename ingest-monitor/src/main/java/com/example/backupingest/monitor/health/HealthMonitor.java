package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssues;
import com.example.backupingest.monitor.api.IngestPace;
import com.example.backupingest.monitor.api.IssueCode;
import com.example.backupingest.monitor.api.StreamDetails;

import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.SrtLink;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.entrypoint.ActivePublish;
import com.example.backupingest.monitor.entrypoint.NginxSettings;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.signal.ContentSignals;
import com.example.backupingest.monitor.signal.SignalState;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import com.example.backupingest.monitor.transcode.TranscoderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every entrypoint (nginx /stat, transcoder progress and picture/sound analysis, HLS folders,
 * ffprobe) for each content it has seen, runs the health checks ({@link HealthIssues}), keeps the
 * latest {@link EntrypointHealth}, and publishes {@link HealthChanged} when a state, its reason, the
 * status or the kinds of issues change.
 */
public final class HealthMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HealthMonitor.class);
    /** Long enough that poll jitter and a GOP's burstiness average out, short enough to say it while it lasts. */
    static final Duration PACE_WINDOW = Duration.ofSeconds(8);

    private final PublishSessions sessions;
    private final TranscoderManager transcoders;
    private final Map<Entrypoint, NginxSettings> entrypoints;
    private final MonitorEventBus bus;
    private final HealthRules rules;
    private final Clock clock;
    private final Duration interval;
    private final RtmpStatClient stats = new RtmpStatClient();
    private final KeyframeTracker keyframes;
    private final ContentSignals signals;
    private final HealthIssues checks;
    private final Map<Target, EntrypointHealth> current = new ConcurrentHashMap<>();
    private final Map<String, Long> accounts = new ConcurrentHashMap<>();
    private final Map<Target, Pace> paces = new ConcurrentHashMap<>();
    private final BiFunction<Entrypoint, String, Optional<SrtLink>> srtLinks;
    private volatile boolean closed;

    public HealthMonitor(PublishSessions sessions, TranscoderManager transcoders,
            Map<Entrypoint, NginxSettings> entrypoints, MonitorEventBus bus, HealthRules rules, KeyframeProbe probe,
            Clock clock, Duration interval) {
        this(sessions, transcoders, entrypoints, bus, rules, probe, clock, interval, new ContentSignals(bus, clock),
                HealthIssues.standard(), (e, c) -> Optional.empty(), KeyframeTracker.REPROBE_AFTER);
    }

    public HealthMonitor(PublishSessions sessions, TranscoderManager transcoders,
            Map<Entrypoint, NginxSettings> entrypoints, MonitorEventBus bus, HealthRules rules, KeyframeProbe probe,
            Clock clock, Duration interval, ContentSignals signals, HealthIssues checks) {
        this(sessions, transcoders, entrypoints, bus, rules, probe, clock, interval, signals, checks,
                (e, c) -> Optional.empty(), KeyframeTracker.REPROBE_AFTER);
    }

    /**
     * {@code srtLinks}: an SRT caller's link figures by entrypoint and content; {@code keyframeReprobe}: the
     * keyframe interval is measured again at the latest after this ({@code monitor.keyframe-reprobe}).
     */
    public HealthMonitor(PublishSessions sessions, TranscoderManager transcoders,
            Map<Entrypoint, NginxSettings> entrypoints, MonitorEventBus bus, HealthRules rules, KeyframeProbe probe,
            Clock clock, Duration interval, ContentSignals signals, HealthIssues checks,
            BiFunction<Entrypoint, String, Optional<SrtLink>> srtLinks, Duration keyframeReprobe) {
        this.signals = signals;
        this.checks = checks;
        this.srtLinks = srtLinks;
        this.sessions = sessions;
        this.transcoders = transcoders;
        this.entrypoints = Map.copyOf(entrypoints);
        this.bus = bus;
        this.rules = rules;
        this.clock = clock;
        this.interval = interval;
        this.keyframes = new KeyframeTracker(probe, clock, keyframeReprobe);
    }

    public void start() {
        Thread.ofVirtual().name("health-monitor").start(() -> {
            while (!closed) {
                try {
                    pollOnce();
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    log.warn("health poll failed", e);
                }
            }
        });
    }

    public Optional<EntrypointHealth> health(String contentId, Entrypoint entrypoint) {
        return Optional.ofNullable(current.get(new Target(contentId, entrypoint)));
    }

    public List<EntrypointHealth> all() {
        return current.values().stream()
                .sorted(java.util.Comparator.comparing(EntrypointHealth::contentId)
                        .thenComparing(EntrypointHealth::entrypoint))
                .toList();
    }

    /** One round over all known contents; public so tests can drive it. */
    public void pollOnce() {
        List<ActivePublish> active = sessions.active();
        active.forEach(p -> accounts.put(p.contentId(), p.grant().accountId()));
        // a publisher dropped for a revoked key within a poll still gets its "why" on the page
        sessions.revokedContents().forEach(accounts::putIfAbsent);
        Map<Entrypoint, List<RtmpStreamStat>> stat = new java.util.EnumMap<>(Entrypoint.class);
        for (Entrypoint e : Entrypoint.values()) {
            // nginx's statistics only describe publishers: an entrypoint without one is not asked
            boolean receiving = active.stream().anyMatch(p -> p.entrypoint() == e);
            stat.put(e, entrypoints.containsKey(e) && receiving ? stats.fetch(entrypoints.get(e).originHttpPort())
                    : List.of());
        }
        Instant now = clock.instant();
        for (String contentId : accounts.keySet()) {
            for (Entrypoint entrypoint : entrypoints.keySet()) {
                Optional<ActivePublish> publish = sessions.find(entrypoint, contentId);
                boolean other = sessions.find(entrypoint.other(), contentId).isPresent();
                Optional<RtmpStreamStat> streamStat = publish.flatMap(p -> stat.get(entrypoint).stream()
                        .filter(s -> s.name().equals(p.streamName()) && s.publishing()).findFirst());
                update(new Target(contentId, entrypoint), snapshot(contentId, entrypoint, publish, other, streamStat, now));
            }
        }
        signals.repeatFaulty();
    }

    private EntrypointHealth snapshot(String contentId, Entrypoint entrypoint, Optional<ActivePublish> publish,
            boolean otherPublishing, Optional<RtmpStreamStat> stat, Instant now) {
        TranscoderStatus transcoder = transcoders.status(entrypoint, contentId).orElse(null);
        var contentDir = entrypoints.get(entrypoint).hlsRoot().resolve(contentId);
        Duration newest = publish.isEmpty() ? null : SegmentAges.worst(contentDir, now);
        Duration publishingFor = publish.map(p -> Duration.between(p.since(), now)).orElse(null);
        IngestPace pace = pace(new Target(contentId, entrypoint), publish, stat, now);
        HealthRules.Verdict verdict = rules.judge(
                new HealthInputs(publish.isPresent(), otherPublishing, publishingFor, transcoder, newest,
                        sessions.revocation(entrypoint, contentId).orElse(null),
                        pace == null ? IngestPace.Verdict.UNKNOWN : pace.verdict()), now);
        Double speed = transcoder == null || transcoder.last() == null ? null : transcoder.last().speed();
        Map<Rendition, Double> speeds = new java.util.EnumMap<>(Rendition.class);
        if (speed != null) {
            // one ffmpeg writes all three renditions, so they share its speed
            for (Rendition r : Rendition.values()) {
                speeds.put(r, speed);
            }
        }
        RtmpStreamStat s = stat.orElse(null);
        SignalState signal = publish.isEmpty() ? SignalState.NONE : signals.state(contentId, entrypoint);
        ContentChecks contentChecks = publish.map(p -> p.grant().checks()).orElse(ContentChecks.DEFAULT);
        StreamDetails details = new StreamDetails(s == null ? null : s.bwVideo() / 1000,
                s == null ? null : s.bwAudio() / 1000, s == null ? null : s.audioChannels(),
                s == null ? null : s.audioSampleRate(), signal.interlaced(),
                signal.keyframeIntervals() >= 3 ? signal.keyframeSpread() : null, signal.faults(),
                signals.checks(contentId, entrypoint).orElse(contentChecks));
        EntrypointHealth measured = new EntrypointHealth(contentId, entrypoint, verdict.state(), verdict.reason(),
                publish.isPresent(),
                s == null ? null : s.bwIn() / 1000, s == null ? null : s.frameRate(), s == null ? null : s.width(),
                s == null ? null : s.height(), s == null ? null : s.videoCodec(),
                // nginx-rtmp has no name for High 4:4:4 Predictive (244): then ffprobe's, from the keyframe probe
                s != null && s.videoProfile() != null && !s.videoProfile().isBlank() ? s.videoProfile()
                        : publish.flatMap(p -> keyframes.profile(contentDir.resolve(Rendition.ORIGINAL.id()), p.since()))
                                .orElse(null),
                s == null ? null : s.audioCodec(), s == null ? null : s.audioProfile(), s != null && s.audioCodec() != null,
                publish.map(p -> keyframes.interval(contentDir.resolve(Rendition.ORIGINAL.id()), p.since()).orElse(null))
                        .orElse(null),
                Map.copyOf(speeds), newest, publish.map(ActivePublish::since).orElse(null), details, null, List.of(),
                publish.map(ActivePublish::protocol).orElse(null),
                publish.filter(p -> p.protocol() == IngestProtocol.SRT)
                        .flatMap(p -> srtLinks.apply(entrypoint, contentId)).orElse(null),
                pace == null ? null : pace.rate());
        return measured.withIssues(checks.of(measured, now));
    }

    /** The publish's pace tracker, fed with nginx's media time of its publisher; null while nothing publishes. */
    private @Nullable IngestPace pace(Target target, Optional<ActivePublish> publish, Optional<RtmpStreamStat> stat,
            Instant now) {
        if (publish.isEmpty()) {
            paces.remove(target);
            return null;
        }
        Instant since = publish.get().since();
        Pace pace = paces.compute(target, (t, old) -> old != null && old.since().equals(since) ? old
                : new Pace(since, new IngestPace(PACE_WINDOW)));
        stat.map(RtmpStreamStat::publisherTimestampMs).ifPresent(ms -> pace.pace().record(ms, now));
        return pace.pace();
    }

    private void update(Target target, EntrypointHealth health) {
        EntrypointHealth before = current.put(target, health);
        if (before == null || before.state() != health.state() || !before.reason().equals(health.reason())
                || before.status() != health.status() || !codes(before).equals(codes(health))) {
            try (var ignored = StreamLogContext.open(accounts.get(target.contentId()), target.contentId(),
                    target.entrypoint(), null)) {
                log.info("health of {} on {}: {} ({}), {} {}", target.contentId(), target.entrypoint(), health.state(),
                        health.reason(), health.status(), codes(health));
            }
            bus.publish(new HealthChanged(accounts.getOrDefault(target.contentId(), 0L), target.contentId(), health,
                    clock.instant()));
        }
    }

    private static java.util.Set<IssueCode> codes(EntrypointHealth health) {
        java.util.Set<IssueCode> codes = java.util.EnumSet.noneOf(IssueCode.class);
        health.issues().forEach(i -> codes.add(i.code()));
        return codes;
    }

    /** Each content's issues by entrypoint and between A and B, as far as this monitor knows them. */
    public HealthIssues.View issues(String contentId) {
        return checks.view(current.get(new Target(contentId, Entrypoint.PRIMARY)),
                current.get(new Target(contentId, Entrypoint.BACKUP)), clock.instant());
    }

    @Override
    public void close() {
        closed = true;
    }

    private record Target(String contentId, Entrypoint entrypoint) {
    }

    private record Pace(Instant since, IngestPace pace) {
    }
}

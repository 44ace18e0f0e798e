package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.SrtLink;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.portal.live.LiveThumbnails;
import com.vaadin.flow.component.html.Image;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.HealthStatus;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.portal.live.HealthReasons;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entrypoint (primary or backup): state badge with its reason, bitrate sparkline and the stream's
 * facts, among them how the encoder sends (RTMP, RTMPS, SRT) and, for SRT, the link's figures.
 */
class EntrypointCard extends Div {

    private final Entrypoint entrypoint;
    private final Clock clock;
    private final Span badge = new Span();
    private final Span reason = new Span();
    private final Sparkline sparkline;
    private final Div facts = new Div();
    /** An SRT caller's link figures, shown only while one publishes here. */
    private final Div link = new Div();
    private final Map<String, Span> values = new HashMap<>();
    private final Span status = new Span();
    private final Image thumbnail = new Image();
    private boolean thumbnailsShown;
    private final IssueList issues;

    EntrypointCard(Entrypoint entrypoint, Clock clock) {
        this.entrypoint = entrypoint;
        this.clock = clock;
        String name = entrypoint.name().toLowerCase(Locale.ROOT);
        addClassName("live-card");
        getElement().setAttribute("data-entrypoint", name);
        badge.addClassName("live-badge");
        badge.getElement().setAttribute("data-testid", "state-" + name);
        reason.addClassName("live-reason");
        sparkline = new Sparkline(getTranslation("live.card.bitrate"));
        facts.addClassName("live-facts");
        status.addClassName("live-status");
        status.getElement().setAttribute("data-testid", "status-" + name);
        issues = new IssueList("live.issues.heading", "issues-" + name);
        thumbnail.addClassName("live-thumbnail");
        thumbnail.setAlt(getTranslation("live.thumbnail.alt." + name));
        thumbnail.getElement().setAttribute("data-testid", "thumbnail-" + name);
        thumbnail.setVisible(false);
        link.addClassNames("live-facts", "live-srt-link");
        link.getElement().setAttribute("aria-label", getTranslation("live.srt.title"));
        link.getElement().setAttribute("role", "group");
        add(new H2(getTranslation("live.card." + name)), new Div(badge, reason), status, thumbnail, sparkline, facts,
                link, issues);
        show(Optional.empty(), List.of());
    }

    void show(Optional<EntrypointHealth> health, List<Long> bitrates) {
        HealthState state = health.map(EntrypointHealth::state).orElse(HealthState.IDLE);
        if (!state.name().equals(getElement().getAttribute("data-state"))) {
            badge.setText(getTranslation("live.state." + state.name().toLowerCase(Locale.ROOT)));
            badge.getElement().setAttribute("data-state", state.name());
            getElement().setAttribute("data-state", state.name());
        }
        String why = health.map(h -> HealthReasons.translate(h.reason(), this::getTranslation)).orElse(getTranslation("live.reason.unknown"));
        if (!why.equals(reason.getText())) {
            reason.setText(why);
        }
        sparkline.setValues(bitrates);
        Optional<EntrypointHealth> publishing = health.filter(EntrypointHealth::publishing);
        facts.setVisible(publishing.isPresent());
        // no encoder, no picture: no broken image
        thumbnail.setVisible(thumbnailsShown && publishing.isPresent());
        publishing.ifPresent(this::facts);
        Optional<SrtLink> srt = publishing.map(EntrypointHealth::srtLink);
        link.setVisible(srt.isPresent());
        srt.ifPresent(this::link);
    }

    /** What a broadcaster reads off an SRT link: round trip, and packets lost, sent again, and too late. */
    private void link(SrtLink s) {
        fact(link, "rtt", null, getTranslation("live.unit.ms", String.format(getLocale(), "%.0f", s.rttMs())));
        fact(link, "lost", null, count(s.packetsLost(), s.packetsReceived()));
        fact(link, "retransmitted", null, count(s.packetsRetransmitted(), s.packetsReceived()));
        fact(link, "dropped", null, count(s.packetsDropped(), s.packetsReceived()));
        fact(link, "srtLatency", null, getTranslation("live.unit.ms", s.latencyMs()));
    }

    private String count(long packets, long received) {
        double share = received + packets == 0 ? 0 : 100.0 * packets / (received + packets);
        return getTranslation("live.unit.packets", packets, String.format(getLocale(), "%.1f", share));
    }

    /** Loads the thumbnail again (a new URL, so the browser asks the server instead of its cache). */
    void thumbnail(LiveThumbnails source) {
        thumbnailsShown = true;
        thumbnail.setSrc(event -> {
            Optional<byte[]> jpeg = source.of(entrypoint);
            if (jpeg.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setContentType("image/jpeg");
            event.setContentLength(jpeg.get().length);
            event.getOutputStream().write(jpeg.get());
        });
    }

    /** YouTube-style status word and the issues of this entrypoint (after the rule "both show it: the programme"). */
    void showIssues(HealthStatus value, List<HealthIssue> list) {
        if (!value.name().equals(status.getElement().getAttribute("data-status"))) {
            status.setText(getTranslation("live.status.label") + ": " + getTranslation("live.status." + value.name()));
            status.getElement().setAttribute("data-status", value.name());
        }
        issues.show(list);
    }

    private void facts(EntrypointHealth h) {
        fact("protocol", h.protocol() == null ? null
                : getTranslation("live.protocol." + h.protocol().name().toLowerCase(Locale.ROOT)));
        fact("ingestRate", h.ingestRate() == null ? null : String.format(getLocale(), "%.2f×", h.ingestRate()));
        fact("bitrate", h.inputBitrateKbps() == null ? null : getTranslation("live.unit.kbps", h.inputBitrateKbps()));
        fact("fps", h.fps() == null ? null : String.format(getLocale(), "%.1f", h.fps()));
        fact("resolution", h.width() == null || h.height() == null ? null : h.width() + "×" + h.height());
        fact("video", join(h.videoCodec(), h.videoProfile()));
        fact("audio", h.audioPresent() ? join(h.audioCodec(), h.audioProfile()) : getTranslation("live.fact.noAudio"));
        fact("keyframes", h.keyframeInterval() == null ? null
                : getTranslation("live.unit.seconds", String.format(getLocale(), "%.1f", h.keyframeInterval().toMillis() / 1000.0)));
        for (Rendition r : Rendition.values()) {
            Double speed = h.transcodeSpeed().get(r);
            fact("speed", r.id(), speed == null ? null : String.format(getLocale(), "%.2f×", speed));
        }
        fact("uptime", h.publishingSince() == null ? null
                : uptime(Duration.between(h.publishingSince(), clock.instant())));
    }

    private void fact(String key, @Nullable String value) {
        fact(key, null, value);
    }

    private void fact(String key, @Nullable String arg, @Nullable String value) {
        fact(facts, key, arg, value);
    }

    /** Rows are created once and then only their text changes: a tick sends just what changed. */
    private void fact(Div facts, String key, @Nullable String arg, @Nullable String value) {
        String id = arg == null ? key : key + "-" + arg;
        Span text = values.computeIfAbsent(id, k -> {
            Span label = new Span(getTranslation("live.fact." + key, arg == null ? new Object[0] : new Object[] {arg}));
            label.addClassName("live-fact-label");
            Span span = new Span();
            span.addClassName("live-fact-value");
            span.getElement().setAttribute("data-fact", id);
            facts.add(new Div(label, span));
            return span;
        });
        String shown = value == null ? "–" : value;
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b) {
        return a == null ? null : b == null ? a : a + " (" + b + ")";
    }

    private static String uptime(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    Entrypoint entrypoint() {
        return entrypoint;
    }
}

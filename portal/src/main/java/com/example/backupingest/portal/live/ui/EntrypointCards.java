package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.HealthIssues;
import com.example.backupingest.monitor.api.HealthStatus;
import com.example.backupingest.portal.live.LiveSnapshot;
import com.example.backupingest.portal.live.PublishEndedHealth;
import com.vaadin.flow.component.html.Div;
import com.example.backupingest.portal.live.LiveThumbnails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two entrypoint cards. A publish end shows at once (the monitor's health poll confirms it up
 * to a second later); until then a snapshot that still shows the old publish does not flip it back.
 */
class EntrypointCards extends Div {

    private static final HealthIssues ISSUES = HealthIssues.standard();
    /** The transcoder writes a thumbnail every two seconds; three keeps pages from asking twice for one. */
    static final Duration THUMBNAIL_REFRESH = Duration.ofSeconds(3);

    private final Map<Entrypoint, EntrypointCard> cards = new EnumMap<>(Entrypoint.class);
    private final Map<Entrypoint, PublishEnded> ends = new EnumMap<>(Entrypoint.class);
    private final Map<Entrypoint, EntrypointHealth> latest = new EnumMap<>(Entrypoint.class);
    private final IssueList between = new IssueList("live.issues.between", "issues-between");
    private final Clock clock;
    private @Nullable LiveSnapshot last;
    private @Nullable LiveThumbnails thumbnails;
    private Instant thumbnailsLoaded = Instant.EPOCH;

    EntrypointCards(Clock clock) {
        this.clock = clock;
        addClassName("live-cards");
        for (Entrypoint e : Entrypoint.values()) {
            cards.put(e, new EntrypointCard(e, clock));
            add(cards.get(e));
        }
        between.addClassName("live-issues-between");
        add(between);
    }

    /** Shows each entrypoint's thumbnail, reloaded every {@link #THUMBNAIL_REFRESH} with the ticks. */
    void thumbnails(LiveThumbnails source) {
        thumbnails = source;
        refreshThumbnails();
    }

    private void refreshThumbnails() {
        LiveThumbnails source = thumbnails;
        if (source != null) {
            thumbnailsLoaded = clock.instant();
            cards.values().forEach(card -> card.thumbnail(source));
        }
    }

    void apply(LiveSnapshot snapshot) {
        last = snapshot;
        if (!clock.instant().isBefore(thumbnailsLoaded.plus(THUMBNAIL_REFRESH))) {
            refreshThumbnails();
        }
        cards.forEach((e, card) -> {
            Optional<EntrypointHealth> health = effective(e, snapshot.health(e));
            card.show(health, snapshot.bitrates(e));
            remember(e, health);
        });
        issues();
    }

    void healthChanged(EntrypointHealth health) {
        Entrypoint e = health.entrypoint();
        Optional<EntrypointHealth> effective = effective(e, Optional.of(health));
        cards.get(e).show(effective, bitrates(e));
        remember(e, effective);
        issues();
    }

    private void remember(Entrypoint e, Optional<EntrypointHealth> health) {
        health.ifPresentOrElse(h -> latest.put(e, h), () -> latest.remove(e));
    }

    /**
     * Each card's issues and the comparison between A and B, with the relative rule applied: a fault
     * both entrypoints show is the programme (one INFO between them), not a warning on each card.
     */
    private void issues() {
        HealthIssues.View view = ISSUES.view(latest.get(Entrypoint.PRIMARY), latest.get(Entrypoint.BACKUP),
                clock.instant());
        cards.forEach((e, card) -> {
            EntrypointHealth h = latest.get(e);
            List<HealthIssue> own = view.of(e);
            card.showIssues(h == null ? HealthStatus.NO_DATA : HealthStatus.of(h.publishing(), h.state(), own), own);
        });
        between.show(view.between());
    }

    void publishEnded(PublishEnded ended) {
        if (last != null) {
            ends.put(ended.entrypoint(), ended);
            cards.get(ended.entrypoint()).show(Optional.of(PublishEndedHealth.of(ended, last)),
                    bitrates(ended.entrypoint()));
        }
    }

    /** The monitor's health, unless it predates a publish end the page already knows of. */
    private Optional<EntrypointHealth> effective(Entrypoint e, Optional<EntrypointHealth> reported) {
        PublishEnded ended = ends.get(e);
        if (ended == null || last == null) {
            return reported;
        }
        if (reported.isPresent() && PublishEndedHealth.stale(reported.get(), ended)) {
            return Optional.of(PublishEndedHealth.of(ended, last));
        }
        ends.remove(e);
        return reported;
    }

    private List<Long> bitrates(Entrypoint e) {
        return last == null ? List.of() : last.bitrates(e);
    }
}

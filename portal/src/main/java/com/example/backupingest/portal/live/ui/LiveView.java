package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.live.AlertSettings;
import com.example.backupingest.portal.live.DatabaseWrites;
import com.example.backupingest.portal.live.DemoEncoderProperties;
import com.example.backupingest.portal.live.DemoEncoders;
import com.example.backupingest.portal.live.EdgeSource;
import com.example.backupingest.portal.live.FailoverTimeline;
import com.example.backupingest.portal.live.FailoverWords;
import com.example.backupingest.portal.live.LiveService;
import com.example.backupingest.portal.live.LiveSnapshot;
import com.example.backupingest.portal.live.LiveUpdate;
import com.example.backupingest.portal.live.TimelineEntry;
import com.example.backupingest.portal.live.ViewersNow;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.viewers.BroadcastStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;

/**
 * Live health of one content of the current account: both entrypoints, the edges, a preview, the
 * failover timeline. Registered with the fan-out while attached; every change arrives by push.
 */
@Route("live/:contentId?")
@CssImport("./live-view.css")
@RolesAllowed("CUSTOMER")
class LiveView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final LiveService live;
    private final FailoverTimeline timeline;
    private final DatabaseWrites databaseWrites;
    private final AlertSettings alerts;
    private final FailoverWords words;
    private final BroadcastStatus broadcast;
    private final DemoEncoderProperties demoProperties;
    private final @Nullable DemoEncoders demo;
    private EntrypointCards cards = new EntrypointCards(Clock.systemUTC());
    private final Map<String, EdgeSource> edges = new LinkedHashMap<>();
    private ViewersNow viewers = ViewersNow.NONE;
    private boolean broadcasting;
    private @Nullable String contentId;
    private boolean parallelBooked;
    private @Nullable AutoCloseable subscription;
    private @Nullable LiveNotices notices;
    private @Nullable EdgesPanel edgesPanel;
    private @Nullable TimelinePanel timelinePanel;
    private @Nullable PreviewPlayer player;
    private @Nullable LiveActions actions;
    /** The timeline could not be read when the page was built (until the next visit). */
    private boolean timelineUnreadable;

    LiveView(LiveService live, FailoverTimeline timeline, DatabaseWrites databaseWrites, AlertSettings alerts,
            FailoverWords words, BroadcastStatus broadcast, DemoEncoderProperties demoProperties,
            ObjectProvider<DemoEncoders> demo) {
        this.live = live;
        this.timeline = timeline;
        this.databaseWrites = databaseWrites;
        this.alerts = alerts;
        this.words = words;
        this.broadcast = broadcast;
        this.demoProperties = demoProperties;
        this.demo = demo.getIfAvailable();
        MainContent.mark(this);
        addClassName("live-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ContentSetup> contents = live.contents();
        String wanted = event.getRouteParameters().get("contentId").orElse(null);
        ContentSetup content = contents.stream().filter(c -> c.contentId().equals(wanted)).findFirst()
                .orElse(contents.isEmpty() ? null : contents.getFirst());
        // the same view instance serves live/a and then live/b: start from scratch
        unsubscribe();
        removeAll();
        edges.clear();
        contentId = null;
        actions = null;
        broadcasting = false;
        add(new H1(getTranslation("live.title")));
        if (content == null) {
            add(new Div(getTranslation("live.noContent")));
            return;
        }
        contentId = content.contentId();
        parallelBooked = live.parallelBooked();
        if (contents.size() > 1) {
            add(new ContentSelector(contents, content));
        }
        build(content);
        getUI().ifPresent(this::subscribe);
    }

    /**
     * For the database notice: waiting timeline rows (their count), else 0 while the readiness write probe
     * fails or the timeline could not be read, else -1 (it works).
     */
    private int databaseState() {
        return timeline.unsaved().map(FailoverTimeline.UnsavedRows::count)
                .orElse(databaseWrites.failing().isPresent() || timelineUnreadable ? 0 : -1);
    }

    private void build(ContentSetup content) {
        timelineUnreadable = false;
        String id = content.contentId();
        cards = new EntrypointCards(Clock.systemUTC());
        notices = new LiveNotices(live.problems());
        edgesPanel = new EdgesPanel(words);
        player = new PreviewPlayer(live.preview(id));
        timelinePanel = new TimelinePanel(ZONE, words);
        actions = new LiveActions(id, live, alerts, demo, demoProperties, ZONE);
        add(notices, cards, edgesPanel, new PlayerPanel(player), actions, timelinePanel);
        cards.thumbnails(live.thumbnails(id));
        try {
            timelinePanel.show(timeline.recent(id));
        } catch (DataAccessException e) {
            // the database fails: the page still shows live health, and the notice says why the list is empty
            timelinePanel.show(List.of());
            timelineUnreadable = true;
        }
        apply(live.snapshot(id));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscribe(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
    }

    private void subscribe(UI ui) {
        String id = contentId;
        if (id != null && subscription == null) {
            subscription = live.watch(id, command -> ui.access(command::run), this::on);
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // unregistering removes a map entry; nothing to recover
            }
            subscription = null;
        }
    }

    /** Runs inside ui.access: no service calls that need the signed-in user. */
    private void on(LiveUpdate update) {
        switch (update) {
            case LiveUpdate.Tick tick -> apply(tick.snapshot());
            case LiveUpdate.Event(HealthChanged changed) -> cards.healthChanged(changed.health());
            case LiveUpdate.Event(FailoverHappened failover) -> failover(failover);
            case LiveUpdate.Event(PublishEnded ended) -> cards.publishEnded(ended);
            case LiveUpdate.Event other -> {
            }
            case LiveUpdate.Timeline(TimelineEntry entry) -> {
                if (timelinePanel != null) {
                    timelinePanel.prepend(entry);
                }
            }
        }
    }

    private void apply(LiveSnapshot snapshot) {
        if (player != null) {
            player.renewIfDue(java.time.Instant.now());
        }
        cards.apply(snapshot);
        snapshot.edges().forEach(edge -> edges.put(edge.edgeId(), edge));
        viewers = snapshot.viewers();
        broadcasting = snapshot.health().values().stream().anyMatch(EntrypointHealth::publishing);
        if (edgesPanel != null) {
            edgesPanel.entrypointsReceiving(snapshot.health().values().stream()
                    .anyMatch(h -> h.state() == HealthState.LIVE || h.state() == HealthState.DEGRADED));
            edgesPanel.show(List.copyOf(edges.values()), viewers, broadcasting);
        }
        if (notices != null) {
            notices.showDatabase(databaseState());
            notices.showUnplayable(List.copyOf(snapshot.health().values()));
            notices.show(live.problems(), snapshot.withoutRedundancy(parallelBooked), snapshot.mismatches());
        }
        if (player != null) {
            player.show(previewState());
        }
        if (actions != null) {
            actions.refresh();
        }
    }

    /**
     * The preview loads the playlist only while distribution server 1 serves the content (or holds
     * it during a broadcast); before the first publish and after the last it says so in words.
     */
    private PreviewPlayer.State previewState() {
        EdgeSource first = edges.get("edge-1");
        boolean served = first != null && first.active() != null;
        if (broadcasting && (served || player != null && player.state() == PreviewPlayer.State.PLAYING)) {
            return PreviewPlayer.State.PLAYING;
        }
        if (broadcasting) {
            return PreviewPlayer.State.STARTING;
        }
        String id = contentId;
        return id != null && broadcast.state(id) == BroadcastStatus.State.ENDED ? PreviewPlayer.State.ENDED
                : PreviewPlayer.State.NOT_LIVE_YET;
    }

    private void failover(FailoverHappened f) {
        edges.put(f.edgeId(), new EdgeSource(f.edgeId(), f.to(), f.at()));
        if (edgesPanel != null) {
            edgesPanel.show(List.copyOf(edges.values()), viewers, broadcasting);
        }
        if (timelinePanel != null) {
            timelinePanel.prepend(TimelineEntry.of(f));
        }
        if (player != null && f.from() != null && "edge-1".equals(f.edgeId())) {
            player.markFailover(getTranslation(f.drill() ? "live.player.drill" : "live.player.failover",
                    words.server(f.from(), getLocale()), words.server(f.to(), getLocale())));
        }
    }
}

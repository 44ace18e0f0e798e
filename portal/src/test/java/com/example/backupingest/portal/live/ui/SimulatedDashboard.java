package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.base.PortalI18NProvider;
import com.example.backupingest.portal.live.FailoverWords;
import com.example.backupingest.portal.live.LiveSnapshot;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Benchmark stand-in for one open Live page: a real UI with the page's real components (cards with
 * sparklines, edges, notices, timeline) and a session-like lock. Applying a snapshot changes the
 * UI's state tree, and the changes are collected as a response would; no socket is written.
 */
public final class SimulatedDashboard {

    private final UI ui = new UI();
    private final ReentrantLock sessionLock = new ReentrantLock();
    private final Map<Entrypoint, EntrypointCard> cards = new EnumMap<>(Entrypoint.class);
    private final FailoverWords words = new FailoverWords(new PortalI18NProvider());
    private final EdgesPanel edges = new EdgesPanel(words);
    private final LiveNotices notices = new LiveNotices(List.of());

    public SimulatedDashboard() {
        for (Entrypoint e : Entrypoint.values()) {
            cards.put(e, new EntrypointCard(e, Clock.systemUTC()));
            ui.add(cards.get(e));
        }
        ui.add(edges, notices, new TimelinePanel(ZoneId.of("Europe/Berlin"), words));
    }

    /** Like ui.access: under the session lock, then the changes are collected for the response. */
    public void access(Runnable command) {
        sessionLock.lock();
        try {
            command.run();
            ui.getInternals().getStateTree().collectChanges(change -> { });
        } finally {
            sessionLock.unlock();
        }
    }

    public void apply(LiveSnapshot snapshot) {
        cards.forEach((e, card) -> card.show(snapshot.health(e), snapshot.bitrates(e)));
        edges.show(snapshot.edges(), snapshot.viewers(), true);
        notices.show(List.of(), snapshot.withoutRedundancy(true), snapshot.mismatches());
    }
}

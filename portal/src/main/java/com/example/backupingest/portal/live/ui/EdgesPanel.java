package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.live.EdgeSource;
import com.example.backupingest.portal.live.FailoverWords;
import com.example.backupingest.portal.live.ViewersNow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per distribution server (edge): which entrypoint it serves now and how many viewers it has; above
 * them the viewers of the whole account against its booked seats (seats are shared by its contents).
 */
class EdgesPanel extends Div {

    private record Shown(List<EdgeSource> edges, ViewersNow viewers, boolean broadcasting, boolean receiving) {
    }

    private final FailoverWords words;
    private final Span total = new Span();
    private final Div crowded = new Div();
    private final Div rows = new Div();
    private Shown shown = new Shown(List.of(new EdgeSource("", null, java.time.Instant.EPOCH)), ViewersNow.NONE, false, false);
    private boolean receiving;

    EdgesPanel(FailoverWords words) {
        this.words = words;
        addClassName("live-edges");
        total.addClassName("live-viewers-total");
        total.getElement().setAttribute("data-testid", "viewers-total");
        // read out when the figure changes, not on every tick (it re-renders only on a change)
        total.getElement().setAttribute("aria-live", "polite");
        crowded.addClassName("live-viewers-crowded");
        crowded.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("live.edges.title")), total, crowded, rows);
        show(List.of(), ViewersNow.NONE, false);
    }

    /**
     * Whether an entrypoint card shows LIVE or DEGRADED: a holding edge then waits for a steady
     * entrypoint, and only otherwise are both entrypoints down (the words agree with the cards).
     */
    void entrypointsReceiving(boolean receiving) {
        this.receiving = receiving;
    }

    /**
     * Re-renders only when a source or a count changed: ticks arrive every second. {@code
     * broadcasting}: an encoder sends to an ingest server; without one an edge without a source is
     * not holding anything, it waits for a broadcast.
     */
    void show(List<EdgeSource> edges, ViewersNow viewers, boolean broadcasting) {
        Shown next = new Shown(List.copyOf(edges), viewers, broadcasting, receiving);
        if (next.equals(shown)) {
            return;
        }
        shown = next;
        renderTotal(viewers);
        renderCrowded(viewers);
        rows.removeAll();
        Map<String, EdgeSource> sources = new TreeMap<>();
        edges.forEach(edge -> sources.put(edge.edgeId(), edge));
        Set<String> ids = new LinkedHashSet<>(sources.keySet());
        ids.addAll(viewers.sortedPerEdge().keySet());
        if (ids.isEmpty()) {
            rows.add(new Span(getTranslation("live.edges.none")));
            return;
        }
        for (String id : ids.stream().sorted().toList()) {
            EdgeSource edge = sources.get(id);
            Entrypoint active = edge == null ? null : edge.active();
            // without an encoder an edge serves nothing, whatever source it last followed
            Span source = new Span(!broadcasting ? getTranslation("live.edges.idle")
                    : active != null ? words.server(active, getLocale())
                    : getTranslation(receiving ? "live.edges.holdingWaiting" : "live.edges.holding"));
            source.addClassName("live-edge-source");
            int count = viewers.perEdge().getOrDefault(id, 0);
            Span watching = new Span(getTranslation("live.viewers.edge", count));
            watching.addClassName("live-edge-viewers");
            Span arrow = new Span(" → ");
            arrow.getElement().setAttribute("aria-hidden", "true");
            Div row = new Div(new Span(words.edge(id, getLocale())), arrow, source, watching);
            row.addClassName("live-edge-row");
            row.getElement().setAttribute("data-edge", id);
            row.getElement().setAttribute("data-source", active == null || !broadcasting ? "NONE" : active.name());
            row.getElement().setAttribute("data-viewers", String.valueOf(count));
            rows.add(row);
        }
    }

    /** Clients holding an unusual share of the seats: the owner recognises an office, or sees someone blocking seats. */
    private void renderCrowded(ViewersNow viewers) {
        crowded.removeAll();
        crowded.setVisible(!viewers.crowdedClients().isEmpty());
        for (Map.Entry<String, Integer> client : viewers.sortedCrowdedClients()) {
            Span line = new Span(getTranslation("live.viewers.crowded", client.getValue(), client.getKey(),
                    viewers.seats()));
            line.addClassName("live-viewers-crowded-client");
            line.getElement().setAttribute("data-client", client.getKey());
            line.getElement().setAttribute("data-seats", String.valueOf(client.getValue()));
            crowded.add(line);
        }
    }

    private void renderTotal(ViewersNow viewers) {
        total.setText(viewers.seats() > 0
                ? getTranslation("live.viewers.total", viewers.ofContent(), viewers.ofAccount(), viewers.seats())
                : getTranslation("live.viewers.noSeats", viewers.ofContent()));
        total.getElement().setAttribute("data-viewers", String.valueOf(viewers.ofContent()));
        total.getElement().setAttribute("data-account-viewers", String.valueOf(viewers.ofAccount()));
        total.getElement().setAttribute("data-seats", String.valueOf(viewers.seats()));
        total.getElement().setAttribute("data-full", String.valueOf(viewers.full()));
    }
}

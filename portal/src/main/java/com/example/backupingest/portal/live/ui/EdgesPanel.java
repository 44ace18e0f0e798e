package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.portal.live.EdgeSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/** Per distribution server (edge): which entrypoint it serves now. */
class EdgesPanel extends Div {

    private final Div rows = new Div();

    EdgesPanel() {
        addClassName("live-edges");
        add(new H3(getTranslation("live.edges.title")), rows);
        show(List.of());
    }

    private List<EdgeSource> shown = List.of(new EdgeSource("", null, java.time.Instant.EPOCH));

    /** Re-renders only when an edge changed its source: ticks arrive every second. */
    void show(List<EdgeSource> edges) {
        if (edges.equals(shown)) {
            return;
        }
        shown = List.copyOf(edges);
        rows.removeAll();
        if (edges.isEmpty()) {
            rows.add(new Span(getTranslation("live.edges.none")));
            return;
        }
        for (EdgeSource edge : edges) {
            Entrypoint active = edge.active();
            Span source = new Span(active == null ? getTranslation("live.edges.holding")
                    : getTranslation("live.entrypoint." + active.name().toLowerCase(Locale.ROOT)));
            Div row = new Div(new Span(edge.edgeId()), new Span(" → "), source);
            row.addClassName("live-edge-row");
            row.getElement().setAttribute("data-edge", edge.edgeId());
            row.getElement().setAttribute("data-source", active == null ? "NONE" : active.name());
            rows.add(row);
        }
    }
}

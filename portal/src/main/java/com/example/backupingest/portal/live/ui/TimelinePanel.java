package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.portal.live.TimelineEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The failover timeline: time, edge, from → to, cause (drills marked as such), and the moments all
 * seats were taken. Newest first.
 */
class TimelinePanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM. HH:mm:ss");

    private final Div rows = new Div();
    private final ZoneId zone;

    TimelinePanel(ZoneId zone) {
        this.zone = zone;
        addClassName("live-timeline");
        add(new H3(getTranslation("live.timeline.title")), rows);
    }

    private final java.util.ArrayList<TimelineEntry> entries = new java.util.ArrayList<>();

    /** The newest rows from the database, then each failover as it is pushed. */
    void show(List<TimelineEntry> fromDatabase) {
        entries.clear();
        entries.addAll(fromDatabase);
        render();
    }

    void prepend(TimelineEntry entry) {
        entries.addFirst(entry);
        while (entries.size() > 50) {
            entries.removeLast();
        }
        render();
    }

    private void render() {
        rows.removeAll();
        if (entries.isEmpty()) {
            rows.add(new Span(getTranslation("live.timeline.empty")));
        }
        for (TimelineEntry e : entries) {
            if (e.kind() == TimelineEntry.Kind.SEATS_FULL) {
                Div row = new Div(new Span(TIME.format(e.at().atZone(zone))),
                        new Span(getTranslation("live.timeline.seatsFull", e.seats())));
                row.addClassName("live-timeline-row");
                row.getElement().setAttribute("data-kind", e.kind().name());
                rows.add(row);
                continue;
            }
            String cause = e.drill() ? getTranslation("live.timeline.drill") : e.cause();
            Div row = new Div(new Span(TIME.format(e.at().atZone(zone))), new Span(e.edgeId()),
                    new Span(name(e.from()) + " → " + name(e.to())), new Span(cause));
            row.addClassName("live-timeline-row");
            row.getElement().setAttribute("data-from", e.from() == null ? "NONE" : e.from().name());
            row.getElement().setAttribute("data-to", e.to() == null ? "NONE" : e.to().name());
            row.getElement().setAttribute("data-drill", String.valueOf(e.drill()));
            row.getElement().setAttribute("data-kind", e.kind().name());
            rows.add(row);
        }
    }

    private String name(Entrypoint entrypoint) {
        return entrypoint == null ? "–" : getTranslation("live.entrypoint." + entrypoint.name().toLowerCase(Locale.ROOT));
    }
}

package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.live.FailoverWords;
import com.example.backupingest.portal.live.TimelineEntry;
import com.example.backupingest.portal.live.TimelineEvent;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The failover timeline, newest first: one row per event in the customer's words ("The encoder on
 * ingest server A stopped sending: viewers now watch ingest server B."), the distribution servers
 * that took part on demand, and the moments all seats were taken.
 */
class TimelinePanel extends Div {

    private static final DateTimeFormatter EDGE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.S");
    static final int MAX_ROWS = 50;

    private final Div rows = new Div();
    private final ZoneId zone;
    private final FailoverWords words;
    private final List<TimelineEntry> entries = new ArrayList<>();

    TimelinePanel(ZoneId zone, FailoverWords words) {
        this.zone = zone;
        this.words = words;
        addClassName("live-timeline");
        add(new H2(getTranslation("live.timeline.title")), rows);
    }

    /** The newest rows from the database, then each failover as it is pushed. */
    void show(List<TimelineEntry> fromDatabase) {
        entries.clear();
        entries.addAll(fromDatabase);
        render();
    }

    void prepend(TimelineEntry entry) {
        entries.addFirst(entry);
        while (entries.size() > 4 * MAX_ROWS) {
            entries.removeLast();
        }
        render();
    }

    private void render() {
        rows.removeAll();
        List<TimelineEvent> events = TimelineEvent.group(entries);
        if (events.isEmpty()) {
            rows.add(new Span(getTranslation("live.timeline.empty")));
        }
        for (TimelineEvent e : events.subList(0, Math.min(MAX_ROWS, events.size()))) {
            rows.add(e.kind() == TimelineEntry.Kind.SEATS_FULL ? seatsFull(e) : failover(e));
        }
    }

    private Div seatsFull(TimelineEvent e) {
        Div row = new Div(time(e), new Span(getTranslation("live.timeline.seatsFull", e.seats())));
        row.addClassName("live-timeline-row");
        row.getElement().setAttribute("data-kind", e.kind().name());
        return row;
    }

    private Div failover(TimelineEvent e) {
        Span sentence = new Span(words.sentence(e.cause(), e.from(), e.to(),
                e.edges().isEmpty() ? null : e.edges().getLast().detection(), getLocale()));
        sentence.addClassName("live-timeline-text");
        UnorderedList perEdge = new UnorderedList();
        for (TimelineEntry edge : e.edges().reversed()) {
            perEdge.add(new ListItem(getTranslation("live.timeline.edgeDetail", words.edge(edge.edgeId(), getLocale()),
                    EDGE_TIME.format(edge.at().atZone(zone)), String.format(getLocale(), "%.1f",
                            edge.detection().toMillis() / 1000.0))));
        }
        Details details = new Details(getTranslation("live.timeline.edges", e.edges().size()), perEdge);
        details.addClassName("live-timeline-details");
        Div row = new Div(time(e), sentence, details);
        row.addClassName("live-timeline-row");
        row.getElement().setAttribute("data-from", name(e.from()));
        row.getElement().setAttribute("data-to", name(e.to()));
        row.getElement().setAttribute("data-cause", e.cause() == null ? "OTHER" : e.cause().name());
        row.getElement().setAttribute("data-drill", String.valueOf(e.drill()));
        row.getElement().setAttribute("data-kind", e.kind().name());
        row.getElement().setAttribute("data-edges", String.valueOf(e.edges().size()));
        return row;
    }

    private Span time(TimelineEvent e) {
        // the reader's date format (07.12.2026, 17:43:36 / Dec 7, 2026, 5:43:36 PM), like every other view
        Span time = new Span(Formats.dateTime(e.at(), getLocale()));
        time.addClassName("live-timeline-time");
        return time;
    }

    private static String name(@Nullable Entrypoint entrypoint) {
        return entrypoint == null ? "NONE" : entrypoint.name();
    }
}

package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.Mismatch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Warnings above the cards: why live health is unavailable (what to install), running without
 * redundancy although parallel mode is booked, and differences between primary and backup.
 */
class LiveNotices extends Div {

    /** Profiles as nginx-rtmp names them that browsers and hardware decoders play (8-bit 4:2:0). */
    private static final java.util.Set<String> PLAYABLE = java.util.Set.of("Baseline", "Constrained Baseline", "Main", "High");

    private List<String> shownProblems = List.of();
    private boolean shownRedundancy;
    private List<Mismatch> shownMismatches = List.of();
    /** Timeline rows the database refuses (retried); -1 while it takes them. */
    private int shownUnsaved = -1;
    /** "A: High 4:4:4" for each entrypoint whose encoder sends video browsers cannot play. */
    private List<String> shownUnplayable = List.of();

    LiveNotices(List<String> problems) {
        addClassName("live-notices");
        render(problems, false, List.of());
    }

    /** Re-renders only on change: ticks arrive every second. */
    void show(List<String> problems, boolean withoutRedundancy, List<Mismatch> mismatches) {
        if (!problems.equals(shownProblems) || withoutRedundancy != shownRedundancy
                || !mismatches.equals(shownMismatches)) {
            render(problems, withoutRedundancy, mismatches);
        }
    }

    /**
     * The database refuses writes: {@code unsaved} timeline rows wait; 0: none waits but it fails all the
     * same (the readiness write probe); -1: it takes writes.
     */
    void showDatabase(int unsaved) {
        if (unsaved != shownUnsaved) {
            shownUnsaved = unsaved;
            render(shownProblems, shownRedundancy, shownMismatches);
        }
    }

    /**
     * Entrypoints whose encoder sends H.264 in a profile browsers cannot play (nginx-rtmp names it:
     * High 10, High 4:2:2, High 4:4:4): the original is not offered, and this says what to set in OBS.
     */
    void showUnplayable(List<EntrypointHealth> healths) {
        List<String> unplayable = healths.stream()
                .filter(h -> h.publishing() && h.videoProfile() != null && !PLAYABLE.contains(h.videoProfile()))
                .map(h -> h.entrypoint().letter() + ": H.264 " + h.videoProfile()).sorted().toList();
        if (!unplayable.equals(shownUnplayable)) {
            shownUnplayable = unplayable;
            render(shownProblems, shownRedundancy, shownMismatches);
        }
    }

    private void render(List<String> problems, boolean withoutRedundancy, List<Mismatch> mismatches) {
        shownProblems = List.copyOf(problems);
        shownRedundancy = withoutRedundancy;
        shownMismatches = List.copyOf(mismatches);
        removeAll();
        if (shownUnsaved >= 0) {
            // no row waits, but the write probe fails (or the timeline could not be read): say so all the same
            Div box = notice("live-notice-database", shownUnsaved == 0 ? getTranslation("live.notice.databaseFailing")
                    : getTranslation("live.notice.database", shownUnsaved));
            box.getElement().setAttribute("data-testid", "database-failing");
            add(box);
        }
        if (!problems.isEmpty()) {
            Div box = notice("live-notice-problem", getTranslation("live.notice.unavailable"));
            problems.forEach(p -> box.add(new Div(new Span(p))));
            add(box);
        }
        for (String encoder : shownUnplayable) {
            Div box = notice("live-notice-unplayable", getTranslation("live.notice.unplayable", encoder));
            box.getElement().setAttribute("data-testid", "original-unplayable");
            add(box);
        }
        if (withoutRedundancy) {
            add(notice("live-notice-redundancy", getTranslation("live.notice.withoutRedundancy")));
        }
        for (Mismatch m : mismatches) {
            add(notice("live-notice-mismatch",
                    getTranslation("live.notice.mismatch", m.field(), m.primaryValue(), m.backupValue())));
        }
    }

    private Div notice(String className, String text) {
        Div box = new Div(new Span(text));
        box.addClassNames("live-notice", className);
        box.getElement().setAttribute("role", "alert");
        return box;
    }
}

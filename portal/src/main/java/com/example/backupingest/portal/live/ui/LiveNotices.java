package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.health.Mismatch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Warnings above the cards: why live health is unavailable (what to install), running without
 * redundancy although parallel mode is booked, and differences between primary and backup.
 */
class LiveNotices extends Div {

    private List<String> shownProblems = List.of();
    private boolean shownRedundancy;
    private List<Mismatch> shownMismatches = List.of();

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

    private void render(List<String> problems, boolean withoutRedundancy, List<Mismatch> mismatches) {
        shownProblems = List.copyOf(problems);
        shownRedundancy = withoutRedundancy;
        shownMismatches = List.copyOf(mismatches);
        removeAll();
        if (!problems.isEmpty()) {
            Div box = notice("live-notice-problem", getTranslation("live.notice.unavailable"));
            problems.forEach(p -> box.add(new Div(new Span(p))));
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

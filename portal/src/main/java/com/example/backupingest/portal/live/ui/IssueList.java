package com.example.backupingest.portal.live.ui;

import com.example.backupingest.monitor.api.HealthIssue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Health issues as a list a screen reader reads in order: severity, what is wrong with its figures,
 * and the fix in OBS and vMix words (keys {@code live.issue.<CODE>.title/.fix}, as in the alert mail).
 * Rebuilt only when the issues change, so a tick sends nothing when nothing changed.
 */
class IssueList extends Div {

    private final UnorderedList list = new UnorderedList();
    private final Span none = new Span();
    private List<HealthIssue> shown = List.of();

    IssueList(String headingKey, String testId) {
        addClassName("live-issues");
        getElement().setAttribute("data-testid", testId);
        H3 heading = new H3(getTranslation(headingKey));
        heading.setId(testId + "-heading");
        list.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        none.setText(getTranslation("live.issues.none"));
        add(heading, none, list);
    }

    void show(List<HealthIssue> issues) {
        if (issues.equals(shown)) {
            return;
        }
        shown = List.copyOf(issues);
        list.removeAll();
        none.setVisible(issues.isEmpty());
        for (HealthIssue issue : issues) {
            Span severity = new Span(getTranslation("live.severity." + issue.severity().name()));
            severity.addClassName("live-issue-severity");
            severity.getElement().setAttribute("data-severity", issue.severity().name());
            Span title = new Span(getTranslation("live.issue." + issue.code().name() + ".title",
                    issue.values().toArray()));
            title.addClassName("live-issue-title");
            Div fix = new Div(getTranslation("live.issue." + issue.code().name() + ".fix"));
            fix.addClassName("live-issue-fix");
            ListItem item = new ListItem(severity, new Span(" "), title, fix);
            item.getElement().setAttribute("data-issue", issue.code().name());
            item.getElement().setAttribute("data-severity", issue.severity().name());
            list.add(item);
        }
    }
}

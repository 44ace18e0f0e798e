package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.HealthStatus;
import com.example.backupingest.monitor.api.Severity;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * A health issue in the customer's language: what is wrong with its figures ({@code live.issue.<CODE>.title})
 * and the fix in OBS and vMix words ({@code .fix}). One place for the Live page and the alert mail.
 */
public final class IssueWords {

    private final I18NProvider i18n;

    public IssueWords(I18NProvider i18n) {
        this.i18n = i18n;
    }

    public String title(HealthIssue issue, Locale locale) {
        return i18n.getTranslation("live.issue." + issue.code().name() + ".title", locale, issue.values().toArray());
    }

    public String fix(HealthIssue issue, Locale locale) {
        return i18n.getTranslation("live.issue." + issue.code().name() + ".fix", locale);
    }

    public String severity(Severity severity, Locale locale) {
        return i18n.getTranslation("live.severity." + severity.name(), locale);
    }

    public String status(HealthStatus status, Locale locale) {
        return i18n.getTranslation("live.status." + status.name(), locale);
    }

    /** "Warning: Keyframe interval too long: 8 s (at most 4 s). Set the keyframe interval to 2 s: ..." */
    public String line(HealthIssue issue, Locale locale) {
        return severity(issue.severity(), locale) + ": " + title(issue, locale) + " " + fix(issue, locale);
    }
}

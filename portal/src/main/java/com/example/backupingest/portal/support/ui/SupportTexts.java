package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.support.AuditEntry;
import com.example.backupingest.portal.support.AuditAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Texts shared by the audit views: Berlin times in the user's language, translated actions and end causes. */
final class SupportTexts {

    private SupportTexts() {
    }

    static String time(Component component, Instant at) {
        Locale locale = component.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Locale.ENGLISH);
        return Formats.dateTime(at, locale);
    }

    static String action(Component component, AuditAction action) {
        return component.getTranslation("support.audit.action." + action.name());
    }

    /** End rows store their cause (EXIT, LOGOUT, SESSION_END), switches on/off; other rows language-neutral facts. */
    static String detail(Component component, AuditEntry entry) {
        if (entry.detail() == null) {
            return "";
        }
        return switch (entry.action()) {
            case IMPERSONATION_ENDED -> component.getTranslation("support.audit.end." + entry.detail());
            case ALERT_MAILS_CHANGED -> component.getTranslation("support.audit.switch." + entry.detail());
            default -> entry.detail();
        };
    }
}

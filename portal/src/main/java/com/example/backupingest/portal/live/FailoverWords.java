package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A failover in the customer's words, from its typed cause: "The encoder on ingest server A
 * stopped sending: viewers now watch ingest server B." One place for the Live page's timeline and
 * the alert mail, so both say the same (keys {@code live.cause.*} of the portal's translations).
 */
public final class FailoverWords {

    private static final Pattern EDGE = Pattern.compile("edge-(\\d+)");

    private final I18NProvider i18n;

    public FailoverWords(I18NProvider i18n) {
        this.i18n = i18n;
    }

    /** What happened and what viewers see now, as one sentence. */
    @ReadsOnly
    public String sentence(@Nullable FailoverCause cause, @Nullable Entrypoint from, @Nullable Entrypoint to,
            Locale locale) {
        return sentence(cause, from, to, null, locale);
    }

    /**
     * The same, and for a content fault how long it lasted before the switch ({@code detection}, from
     * the fault's first frame): "The picture on ingest server A was black for 2 s while ingest server B
     * had a picture: ...". Without it a content fault reads "for several seconds".
     */
    @ReadsOnly
    public String sentence(@Nullable FailoverCause cause, @Nullable Entrypoint from, @Nullable Entrypoint to,
            @Nullable Duration detection, Locale locale) {
        String key = cause == null ? "live.cause.other" : "live.cause." + cause.name();
        boolean hold = to == null && from != null;
        Entrypoint other = from != null ? from.other() : to != null ? to.other() : Entrypoint.BACKUP;
        String lasted = detection == null || detection.isZero() ? text("live.cause.lasted.unknown", locale)
                : text("live.cause.lasted", locale, Math.max(1, Math.round(detection.toMillis() / 1000.0)));
        return text(hold ? key + ".hold" : key, locale, server(from, locale), server(to, locale), server(other, locale),
                lasted);
    }

    /** "ingest server A" / "Eingangsserver A". */
    @ReadsOnly
    public String server(@Nullable Entrypoint entrypoint, Locale locale) {
        return entrypoint == null ? "–" : text("live.server." + entrypoint.name().toLowerCase(Locale.ROOT), locale);
    }

    /** "edge-2" as customers read it: "distribution server 2" / "Verteilserver 2". */
    @ReadsOnly
    public String edge(String edgeId, Locale locale) {
        Matcher m = EDGE.matcher(edgeId);
        return m.matches() ? text("live.edge.name", locale, m.group(1)) : edgeId;
    }

    /** Health issues in the same translations (title, fix, severity). */
    public IssueWords issues() {
        return new IssueWords(i18n);
    }

    /** Any text of the portal's translations, e.g. a health reason for the alert mail. */
    public String translation(String key, Locale locale, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private String text(String key, Locale locale, Object... params) {
        return translation(key, locale, params);
    }
}

package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.mail.MailMessage;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Live alert mails in the account's language (German or English). What happened is worded by
 * {@link FailoverWords} and {@link HealthReasons}, so the mail says what the Live page says. Pure:
 * same input, same mail.
 */
final class AlertMailComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final String liveUrl;
    private final Duration window;
    private final ZoneId zone;
    private final FailoverWords words;
    private final Function<String, String> contentName;

    AlertMailComposer(String portalBaseUrl, Duration window, ZoneId zone, FailoverWords words,
            Function<String, String> contentName) {
        messages.setBasename("live/alert-mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        this.liveUrl = portalBaseUrl.replaceAll("/+$", "") + "/live";
        this.window = window;
        this.zone = zone;
        this.words = words;
        this.contentName = contentName;
    }

    /**
     * An entrypoint went DOWN; with the edges' failover of the same incident ({@code failover}, null when
     * none came) the mail also says what viewers see, in the timeline's words ("The encoder on ingest
     * server A stopped sending: viewers now watch ingest server B."): the DOWN usually beats the edges'
     * event and takes the content's incident window, so this is the one mail the customer gets.
     */
    MailMessage down(AccountSummary account, HealthChanged event, @Nullable FailoverHappened failover) {
        Locale locale = locale(account);
        String server = words.server(event.health().entrypoint(), locale);
        String content = contentName.apply(event.contentId());
        String reason = HealthReasons.translate(event.health().reason(),
                (key, args) -> words.translation(key, locale, args));
        List<String> facts = new ArrayList<>(List.of(text("alert.down", locale, server, content,
                TIME.format(event.at().atZone(zone)))));
        if (failover != null) {
            facts.add(words.sentence(failover.cause(), failover.from(), failover.to(), failover.detection(), locale));
        }
        facts.add(text("alert.reason", locale, reason));
        event.health().issues().forEach(issue -> facts.add(words.issues().line(issue, locale)));
        return mail(account, locale, text("alert.subject.down", locale, server, content), facts);
    }

    /**
     * Picture or sound faults (or encoder errors) of one entrypoint while it still sends: each with its
     * severity, what is wrong and the fix, as the Live page lists them. In standby this is the only
     * alert a black picture gives (nothing switches).
     */
    MailMessage issues(AccountSummary account, HealthChanged event, List<HealthIssue> issues) {
        Locale locale = locale(account);
        String server = words.server(event.health().entrypoint(), locale);
        String content = contentName.apply(event.contentId());
        List<String> facts = new ArrayList<>();
        facts.add(text("alert.issues", locale, server, content, TIME.format(event.at().atZone(zone))));
        issues.forEach(issue -> facts.add(words.issues().line(issue, locale)));
        return mail(account, locale, text("alert.subject.issues", locale, server, content), facts);
    }

    MailMessage failover(AccountSummary account, FailoverHappened event) {
        Locale locale = locale(account);
        String content = contentName.apply(event.contentId());
        return mail(account, locale, text("alert.subject.failover", locale, content),
                List.of(text("alert.failover", locale, content, TIME.format(event.at().atZone(zone))),
                        words.sentence(event.cause(), event.from(), event.to(), event.detection(), locale)));
    }

    private MailMessage mail(AccountSummary account, Locale locale, String subject, List<String> facts) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("alert.greeting", locale, account.companyName()));
        paragraphs.addAll(facts);
        paragraphs.add(text("alert.window", locale, Math.max(1, window.toMinutes())));
        paragraphs.add(text("alert.link", locale, liveUrl));
        paragraphs.add(text("alert.footer", locale));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><title>" + escape(subject) + "</title></head><body>");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        html.append("</body></html>");
        return new MailMessage(account.contactEmail(), subject, html.toString(), String.join("\n\n", paragraphs) + "\n");
    }

    /** Only the characters HTML needs escaped: umlauts stay umlauts in a UTF-8 mail. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Locale locale(AccountSummary account) {
        return "de".equals(account.locale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }
}

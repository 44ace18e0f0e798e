package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.event.FailoverHappened;
import com.example.backupingest.monitor.event.HealthChanged;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.mail.MailMessage;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.HtmlUtils;

/** Live alert mails in the account's language (German or English). Pure: same input, same mail. */
final class AlertMailComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final String liveUrl;
    private final Duration window;
    private final ZoneId zone;

    AlertMailComposer(String portalBaseUrl, Duration window, ZoneId zone) {
        messages.setBasename("live/alert-mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        this.liveUrl = portalBaseUrl.replaceAll("/+$", "") + "/live";
        this.window = window;
        this.zone = zone;
    }

    MailMessage down(AccountSummary account, HealthChanged event) {
        Locale locale = locale(account);
        String entrypoint = entrypoint(event.health().entrypoint(), locale);
        return mail(account, locale, text("alert.subject.down", locale, entrypoint, event.contentId()),
                List.of(text("alert.down", locale, entrypoint, event.contentId(), TIME.format(event.at().atZone(zone))),
                        text("alert.reason", locale, event.health().reason())));
    }

    MailMessage failover(AccountSummary account, FailoverHappened event) {
        Locale locale = locale(account);
        return mail(account, locale, text("alert.subject.failover", locale, event.contentId()),
                List.of(text("alert.failover", locale, event.edgeId(), event.contentId(),
                                entrypoint(event.from(), locale), entrypoint(event.to(), locale),
                                TIME.format(event.at().atZone(zone))),
                        text("alert.reason", locale, event.cause())));
    }

    private MailMessage mail(AccountSummary account, Locale locale, String subject, List<String> facts) {
        List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add(text("alert.greeting", locale, account.companyName()));
        paragraphs.addAll(facts);
        paragraphs.add(text("alert.window", locale, Math.max(1, window.toMinutes())));
        paragraphs.add(text("alert.link", locale, liveUrl));
        paragraphs.add(text("alert.footer", locale));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><title>" + HtmlUtils.htmlEscape(subject) + "</title></head><body>");
        paragraphs.forEach(p -> html.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>"));
        html.append("</body></html>");
        return new MailMessage(account.contactEmail(), subject, html.toString(), String.join("\n\n", paragraphs) + "\n");
    }

    private String entrypoint(@Nullable Entrypoint entrypoint, Locale locale) {
        return text(entrypoint == null ? "alert.entrypoint.none"
                : "alert.entrypoint." + entrypoint.name().toLowerCase(Locale.ROOT), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Locale locale(AccountSummary account) {
        return "de".equals(account.locale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }
}

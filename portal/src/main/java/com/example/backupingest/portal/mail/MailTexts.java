package com.example.backupingest.portal.mail;

import com.example.backupingest.portal.pricing.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Mail texts of one language from {@code mail/messages*.properties}, and money and percentages
 * formatted for it ({@code 49,00 €} in German, {@code €49.00} in English).
 */
final class MailTexts {

    private static final MessageSource MESSAGES = messageSource();

    private final Locale locale;

    private MailTexts(Locale locale) {
        this.locale = locale;
    }

    /** German for German, English for everything else. */
    static MailTexts forLocale(Locale requested) {
        return new MailTexts("de".equals(requested.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return MESSAGES.getMessage(key, args, locale);
    }

    String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.amount());
    }

    /** A fraction as a percentage: 0.19 is "19 %" in German, "19%" in English. */
    String percent(BigDecimal fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(fraction);
    }

    private static MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("mail/messages");
        source.setDefaultEncoding("UTF-8");
        // A language without its own file falls back to messages.properties (English), never to the JVM's locale.
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

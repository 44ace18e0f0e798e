package com.example.backupingest.portal.base;

import com.example.backupingest.portal.pricing.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, money and dates as the user's language writes them, in the portal's time zone. */
public final class Formats {

    /** The provider and most customers are in Germany; shown times are Berlin times. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Formats() {
    }

    public static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(withCountry(locale));
        format.setCurrency(money.currency());
        return format.format(money.amount());
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(withCountry(locale)).format(value);
    }

    public static String percent(BigDecimal fraction, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(withCountry(locale));
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(withCountry(locale))
                .withZone(ZONE).format(instant);
    }

    /** A bare language ("de") formats money oddly in the JDK; give it its usual country. */
    private static Locale withCountry(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale;
        }
        return "de".equals(locale.getLanguage()) ? Locale.GERMANY : Locale.US;
    }
}

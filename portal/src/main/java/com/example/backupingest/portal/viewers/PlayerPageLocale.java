package com.example.backupingest.portal.viewers;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The player speaks German when the browser prefers German over English, else English. */
final class PlayerPageLocale {

    private PlayerPageLocale() {
    }

    static Locale of(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by weight
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-")[0];
            if (language.equals("de")) {
                return Locale.GERMAN;
            }
            if (language.equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}

package com.example.backupingest.portal.security.ui;

import com.example.backupingest.portal.security.LocaleSelection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;

/** "Deutsch | English" for the sign-in page; the current language is marked pressed. */
class LanguageToggle extends Div {

    LanguageToggle(LocaleSelection locales) {
        addClassName("language-toggle");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        for (Locale locale : LocaleSelection.SUPPORTED) {
            Button button = new Button(getTranslation("language." + locale.getLanguage()),
                    e -> locales.select(e.getSource().getUI().orElseThrow(), locale));
            boolean current = locale.getLanguage().equals(getLocale().getLanguage());
            button.addThemeVariants(current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-pressed", String.valueOf(current));
            button.getElement().setAttribute("lang", locale.getLanguage());
            add(button);
        }
    }
}

package com.example.backupingest.portal.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The visitor's language (German or English): the choice made in the switcher (session, then a
 * cookie for the next visit), else the browser's. Here rather than in the shell because the
 * login view needs it too and {@code security} stays a leaf.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);
    static final String COOKIE = "portal-locale";
    private static final String SESSION_KEY = LocaleSelection.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> show(init.getUI(), initial(VaadinRequest.getCurrent())));
    }

    /** Switches the whole session to {@code locale}; views observing locale changes re-render. */
    @ReadsOnly
    public void select(UI ui, Locale locale) {
        Locale chosen = supported(locale);
        VaadinSession session = ui.getSession();
        session.setAttribute(SESSION_KEY, chosen);
        session.setLocale(chosen);
        show(ui, chosen);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    static Locale supported(Locale locale) {
        return "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    private static Locale initial(@Nullable VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        if (request == null) {
            return Locale.ENGLISH;
        }
        return fromCookie(request).or(() -> fromBrowser(request)).orElse(Locale.ENGLISH);
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                        .map(c -> supported(Locale.forLanguageTag(c.getValue()))).findFirst();
    }

    private static Optional<Locale> fromBrowser(VaadinRequest request) {
        return Collections.list(request.getLocales()).stream()
                .filter(l -> SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .map(LocaleSelection::supported).findFirst();
    }

    private static void show(UI ui, Locale locale) {
        ui.setLocale(locale);
        // Screen readers pick their voice from <html lang>.
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}

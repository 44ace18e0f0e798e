package com.example.backupingest.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.base.PortalTestContext;
import com.example.backupingest.portal.security.LoginThrottledException;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

@PortalTestContext
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    private String errorShownAfter(AuthenticationException failure, Locale locale) {
        UI.getCurrent().setLocale(locale);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void a_locked_login_tells_the_user_in_german_how_many_minutes_to_wait() {
        String i18n = errorShownAfter(new LoginThrottledException(Instant.now().plus(Duration.ofSeconds(250))),
                Locale.GERMAN);
        assertThat(i18n).contains("Zu viele Fehlversuche. Versuchen Sie es in 5 Minuten erneut.");
    }

    @Test
    void a_locked_login_tells_the_user_in_english_how_many_minutes_to_wait() {
        String i18n = errorShownAfter(new LoginThrottledException(Instant.now().plus(Duration.ofSeconds(30))),
                Locale.ENGLISH);
        assertThat(i18n).contains("Too many failed attempts. Try again in 1 minute.");
    }

    @Test
    void a_wrong_password_gets_the_ordinary_message() {
        String i18n = errorShownAfter(new BadCredentialsException("bad"), Locale.ENGLISH);
        assertThat(i18n).contains("Username or password is wrong.").doesNotContain("Too many");
    }
}

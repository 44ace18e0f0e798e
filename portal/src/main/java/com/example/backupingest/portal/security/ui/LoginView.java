package com.example.backupingest.portal.security.ui;

import com.example.backupingest.portal.security.LocaleSelection;
import com.example.backupingest.portal.security.LoginThrottle;
import com.example.backupingest.portal.security.LoginThrottledException;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in page: product logo, the language switch, Vaadin's login form posting to Spring
 * Security, and the wrong-password or too-many-attempts message. Public because the security
 * configuration names it as the login view.
 */
@JsModule("./shell-a11y.ts")
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginThrottle throttle;
    private final LocaleSelection locales;
    private final AuthenticationContext authentication;
    private boolean failed;
    private @Nullable LoginThrottledException throttled;

    LoginView(LoginThrottle throttle, LocaleSelection locales, AuthenticationContext authentication) {
        this.throttle = throttle;
        this.locales = locales;
        this.authentication = authentication;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        throttled = failed ? lastThrottle() : null;
        if (getChildren().findAny().isPresent()) {
            render(); // the same instance is reused when only the query changes
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        Image logo = new Image("themes/backup-ingest/logo.svg", "");
        logo.addClassName("login-logo");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        form.setI18n(i18n());
        form.setError(failed);
        Div card = new Div(logo, title, tagline, form);
        card.addClassName("login-card");
        Paragraph help = new Paragraph(getTranslation("login.help"));
        help.addClassName("login-help");
        add(new LanguageToggle(locales), card, help);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        if (throttled != null) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(
                    getTranslation("login.locked.message", throttle.minutesUntil(throttled.lockedUntil())));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        }
        return i18n;
    }

    /** Spring Security's failure handler leaves the last exception in the HTTP session. */
    private static @Nullable LoginThrottledException lastThrottle() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return last instanceof LoginThrottledException e ? e : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}

package com.example.backupingest.portal.support;

import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/**
 * "Support view — acting as <company> (<agent>) — End": shown on every view while a support agent
 * impersonates a customer, invisible otherwise. Public (not in {@code ui}) because the main layout
 * of another feature adds it; inject it (prototype bean) and add it first to the navbar.
 */
@SpringComponent
@Scope("prototype")
public class ImpersonationBanner extends Div implements LocaleChangeObserver {

    private final Span text = new Span();
    private final Button end = new Button();
    private final String company;
    private final String agent;

    public ImpersonationBanner(CurrentUser currentUser, AccountService accounts) {
        agent = currentUser.impersonatingAgentName().orElse("");
        company = agent.isEmpty() ? "" : accounts.current().companyName();
        setVisible(!agent.isEmpty());
        setId("impersonation-banner");
        getElement().setAttribute("role", "status");
        // Looks (a full-width strip above the navbar row) live in the theme: .impersonation-banner.
        addClassName("impersonation-banner");
        end.addThemeVariants(ButtonVariant.LUMO_SMALL);
        end.setId("impersonation-end");
        end.addClickListener(click -> ImpersonationForms.end());
        add(text, end);
        if (!agent.isEmpty()) {
            translate();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
    }

    private void translate() {
        text.setText(getTranslation("support.banner.text", company, agent));
        end.setText(getTranslation("support.banner.end"));
    }
}

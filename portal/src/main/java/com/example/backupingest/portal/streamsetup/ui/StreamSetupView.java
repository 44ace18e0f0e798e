package com.example.backupingest.portal.streamsetup.ui;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** For each content the RTMP endpoints to enter in OBS or vMix: primary, and backup when booked. */
@Route("stream-setup")
@RolesAllowed("CUSTOMER")
class StreamSetupView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final StreamSetupService setup;
    private final CurrentUser currentUser;

    StreamSetupView(StreamSetupService setup, CurrentUser currentUser) {
        this.setup = setup;
        this.currentUser = currentUser;
        MainContent.mark(this);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        List<ContentSetup> contents = setup.contents();
        boolean impersonating = currentUser.isImpersonating();
        boolean booked = contents.stream().flatMap(c -> c.endpoints().stream())
                .anyMatch(e -> e.entrypoint() == Entrypoint.BACKUP);
        Paragraph lead = new Paragraph(getTranslation(booked ? "setup.lead.booked" : "setup.lead.primary"));
        lead.addClassName("lead");
        add(new H1(getTranslation("setup.title")), lead);
        if (impersonating) {
            Div hint = new Div(VaadinIcon.LOCK.create(), new Paragraph(getTranslation("setup.impersonating")));
            hint.addClassNames("callout", "callout-warning");
            hint.getElement().setAttribute("role", "note");
            add(hint);
        }
        if (!booked) {
            add(bookingPrompt());
        }
        if (contents.isEmpty()) {
            add(new Paragraph(getTranslation("setup.none")));
        }
        for (ContentSetup content : contents) {
            Div endpoints = new Div();
            endpoints.addClassName("endpoints");
            content.endpoints().forEach(e -> endpoints.add(new EndpointPanel(setup, content.contentId(), e, impersonating)));
            Div card = new Div(new H2(content.name()), endpoints);
            setup.checks(content.contentId()).ifPresent(checks ->
                    card.add(new ContentChecksForm(setup, content.contentId(), checks)));
            card.addClassNames("card", "content-card");
            add(card);
        }
    }

    private Div bookingPrompt() {
        Button book = new Button(getTranslation("addon.cta.book"), VaadinIcon.ARROW_RIGHT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("booking")));
        book.setIconAfterText(true);
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div prompt = new Div(VaadinIcon.SHIELD.create(), new Div(new H2(getTranslation("setup.prompt.title")),
                new Paragraph(getTranslation("setup.prompt.text")), book));
        prompt.addClassNames("callout", "callout-info", "booking-prompt");
        return prompt;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }
}

package com.example.backupingest.portal.viewers.ui;

import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.viewers.EmbedCodes;
import com.example.backupingest.portal.viewers.EmbedSettings;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The website player per content: what to copy into a page, how it looks there, who may embed it. */
@Route("embed")
@RolesAllowed("CUSTOMER")
class EmbedView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final StreamSetupService setup;
    private final EmbedCodes codes;
    private final EmbedSettings settings;
    private final CurrentUser currentUser;

    EmbedView(StreamSetupService setup, EmbedCodes codes, EmbedSettings settings, CurrentUser currentUser) {
        this.setup = setup;
        this.codes = codes;
        this.settings = settings;
        this.currentUser = currentUser;
        MainContent.mark(this);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Paragraph lead = new Paragraph(getTranslation("embed.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("embed.title")), lead);
        if (currentUser.isImpersonating()) {
            Div hint = new Div(VaadinIcon.INFO_CIRCLE.create(), new Paragraph(getTranslation("embed.impersonating")));
            hint.addClassNames("callout", "callout-warning");
            hint.getElement().setAttribute("role", "note");
            add(hint);
        }
        List<ContentSetup> contents = setup.contents();
        if (contents.isEmpty()) {
            add(new Paragraph(getTranslation("embed.none")));
        }
        contents.forEach(content -> add(new EmbedCard(content, codes, settings)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("embed.title") + " · " + getTranslation("app.name");
    }
}

package com.example.backupingest.portal.base.ui;

import com.example.backupingest.portal.base.MainContent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Support agents' start page: where the customer search and the audit are. */
@Route("support")
@RolesAllowed("SUPPORT")
class SupportStartView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    SupportStartView() {
        MainContent.mark(this);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("support.start.text"));
        text.addClassName("lead");
        add(new H1(getTranslation("support.start.title")), text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.start.title") + " · " + getTranslation("app.name");
    }
}

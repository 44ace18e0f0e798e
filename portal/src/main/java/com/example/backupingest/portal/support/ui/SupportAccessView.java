package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.support.AuditEntry;
import com.example.backupingest.portal.support.SupportAuditLog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The customer's "Support access": when support acted in their account, who, why and what changed. Own account only. */
@Route("support-access")
@RolesAllowed("CUSTOMER")
class SupportAccessView extends VerticalLayout implements HasDynamicTitle {

    SupportAccessView(SupportAuditLog audit) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("support-access-grid");
        grid.addColumn(e -> SupportTexts.time(this, e.at())).setHeader(getTranslation("support.audit.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::agent).setHeader(getTranslation("support.audit.agent")).setAutoWidth(true);
        grid.addColumn(e -> SupportTexts.action(this, e.action())).setHeader(getTranslation("support.audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("support.audit.reason"))
                .setFlexGrow(1);
        grid.addColumn(e -> SupportTexts.detail(this, e)).setHeader(getTranslation("support.audit.detail"))
                .setFlexGrow(1);
        grid.setItems(audit.forMyAccount());
        grid.setEmptyStateText(getTranslation("support.access.empty"));
        add(new H2(getTranslation("support.access.title")), new Paragraph(getTranslation("support.access.intro")),
                grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.access.title");
    }
}

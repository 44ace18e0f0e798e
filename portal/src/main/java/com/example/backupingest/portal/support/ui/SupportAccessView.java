package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.base.CompactGrid;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.support.AuditEntry;
import com.example.backupingest.portal.support.SupportAgentNames;
import com.example.backupingest.portal.support.SupportAuditLog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;

/** The customer's "Support access": when support acted in their account, who, why and what changed. Own account only. */
@Route("support-access")
@RolesAllowed("CUSTOMER")
class SupportAccessView extends VerticalLayout implements HasDynamicTitle {

    SupportAccessView(SupportAuditLog audit, SupportAgentNames agents) {
        MainContent.mark(this);
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("support-access-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("support.access.title"));
        grid.addColumn(e -> SupportTexts.time(this, e.at())).setHeader(getTranslation("support.audit.at"))
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(e -> agents.of(e.agent())).setHeader(getTranslation("support.audit.agent")).setWidth("8rem");
        grid.addColumn(AuditEntry::customerUsername).setHeader(getTranslation("support.audit.customer"))
                .setWidth("7.5rem");
        grid.addColumn(e -> SupportTexts.action(this, e.action())).setHeader(getTranslation("support.audit.action"))
                .setWidth("10rem");
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("support.audit.reason"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(e -> SupportTexts.detail(this, e)).setHeader(getTranslation("support.audit.detail"))
                .setWidth("12rem").setFlexGrow(2);
        // Time first (not the action) so the compact text never reads like an action cell.
        CompactGrid.addCompactColumn(grid, LitRenderer.<AuditEntry>of("""
                        <div class="compact-row"><span class="compact-line">${item.at} · ${item.agent} → ${item.customer}</span>\
                        <span class="compact-title">${item.action}</span>\
                        <span class="compact-line">${item.why}</span></div>""")
                .withProperty("at", e -> SupportTexts.time(this, e.at()))
                .withProperty("agent", e -> agents.of(e.agent()))
                .withProperty("customer", AuditEntry::customerUsername)
                .withProperty("action", e -> SupportTexts.action(this, e.action()))
                .withProperty("why", e -> Stream.of(e.reason(), SupportTexts.detail(this, e))
                        .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> a + " · " + b).orElse("")),
                getTranslation("support.access.title"));
        grid.setItems(audit.forMyAccount());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("support.access.empty"));
        Paragraph intro = new Paragraph(getTranslation("support.access.intro"));
        intro.addClassName("lead");
        add(new H1(getTranslation("support.access.title")), intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.access.title");
    }
}

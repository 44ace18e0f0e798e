package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.base.CompactGrid;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.support.AuditEntry;
import com.example.backupingest.portal.support.SupportAuditLog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.stream.Stream;

/** The whole support audit for support: newest first, filtered in place by account, company or agent. */
@Route("support/audit")
@RolesAllowed("SUPPORT")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 1000;

    AuditLogView(SupportAuditLog audit) {
        MainContent.mark(this);
        ListDataProvider<AuditEntry> entries = new ListDataProvider<>(audit.recent(SHOWN));
        TextField filter = new TextField(getTranslation("support.audit.filter"));
        filter.setId("audit-filter");
        filter.addClassName("wide-field");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            String text = e.getValue().strip().toLowerCase(Locale.ROOT);
            entries.setFilter(entry -> text.isEmpty() || Stream.of(entry.accountNumber(), entry.companyName(),
                    entry.agent(), entry.customerUsername()).anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(text)));
        });
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addClassName("tall-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("support.audit.title"));
        grid.addColumn(e -> SupportTexts.time(this, e.at())).setHeader(getTranslation("support.audit.at"))
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::agent).setHeader(getTranslation("support.audit.agent")).setWidth("7.5rem");
        grid.addColumn(this::account).setHeader(getTranslation("support.audit.account")).setWidth("9.5rem");
        grid.addColumn(AuditEntry::customerUsername).setHeader(getTranslation("support.audit.customer"))
                .setWidth("7.5rem");
        grid.addColumn(e -> SupportTexts.action(this, e.action())).setHeader(getTranslation("support.audit.action"))
                .setWidth("8.5rem");
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("support.audit.reason"))
                .setWidth("6.5rem").setFlexGrow(1);
        grid.addColumn(e -> SupportTexts.detail(this, e)).setHeader(getTranslation("support.audit.detail"))
                .setWidth("9rem").setFlexGrow(1);
        // Time first (not the action) so the compact text never reads like an action cell.
        CompactGrid.addCompactColumn(grid, LitRenderer.<AuditEntry>of("""
                        <div class="compact-row"><span class="compact-line">${item.at} · ${item.agent}</span>\
                        <span class="compact-title">${item.action}</span>\
                        <span class="compact-line">${item.account} · ${item.customer}</span>\
                        <span class="compact-line">${item.why}</span></div>""")
                .withProperty("at", e -> SupportTexts.time(this, e.at()))
                .withProperty("agent", AuditEntry::agent)
                .withProperty("action", e -> SupportTexts.action(this, e.action()))
                .withProperty("account", this::account)
                .withProperty("customer", AuditEntry::customerUsername)
                .withProperty("why", e -> Stream.of(e.reason(), SupportTexts.detail(this, e))
                        .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> a + " · " + b).orElse("")),
                getTranslation("support.audit.title"));
        grid.setDataProvider(entries);
        grid.setEmptyStateText(getTranslation("support.audit.empty"));
        add(new H1(getTranslation("support.audit.title")), filter, grid);
    }

    private String account(AuditEntry entry) {
        return entry.accountNumber() + " · " + entry.companyName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.audit.title");
    }
}

package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.support.AuditEntry;
import com.example.backupingest.portal.support.SupportAuditLog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
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
        ListDataProvider<AuditEntry> entries = new ListDataProvider<>(audit.recent(SHOWN));
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("support.audit.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            String text = e.getValue().strip().toLowerCase(Locale.ROOT);
            entries.setFilter(entry -> text.isEmpty() || Stream.of(entry.accountNumber(), entry.companyName(),
                    entry.agent(), entry.customerUsername()).anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(text)));
        });
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> SupportTexts.time(this, e.at())).setHeader(getTranslation("support.audit.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::agent).setHeader(getTranslation("support.audit.agent")).setAutoWidth(true);
        grid.addColumn(e -> e.accountNumber() + " · " + e.companyName())
                .setHeader(getTranslation("support.audit.account")).setAutoWidth(true);
        grid.addColumn(AuditEntry::customerUsername).setHeader(getTranslation("support.audit.customer"))
                .setAutoWidth(true);
        grid.addColumn(e -> SupportTexts.action(this, e.action())).setHeader(getTranslation("support.audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("support.audit.reason"))
                .setFlexGrow(1);
        grid.addColumn(e -> SupportTexts.detail(this, e)).setHeader(getTranslation("support.audit.detail"))
                .setFlexGrow(1);
        grid.setDataProvider(entries);
        grid.setEmptyStateText(getTranslation("support.audit.empty"));
        add(new H2(getTranslation("support.audit.title")), filter, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.audit.title");
    }
}

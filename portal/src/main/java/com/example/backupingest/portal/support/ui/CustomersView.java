package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.base.CompactGrid;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.support.CustomerOverviewService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/** Support's start page: find a customer by company, e-mail or account number, see the summary, act as them. */
@Route("support/customers")
@RolesAllowed("SUPPORT")
class CustomersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CustomerOverviewService customers;
    private final Grid<AccountSummary> results = new Grid<>();
    private final CustomerSummary summary;

    CustomersView(CustomerOverviewService customers) {
        this.customers = customers;
        this.summary = new CustomerSummary();
        MainContent.mark(this);
        TextField search = new TextField(getTranslation("support.customers.search"));
        search.setId("customer-search");
        search.addClassName("wide-field");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> search(e.getValue()));

        results.setId("customer-results");
        results.setAriaLabel(getTranslation("support.customers.title"));
        // Clicking the shown customer again must not hide its summary and the act-as button.
        ((GridSingleSelectionModel<AccountSummary>) results.setSelectionMode(Grid.SelectionMode.SINGLE))
                .setDeselectAllowed(false);
        results.addColumn(AccountSummary::number).setHeader(getTranslation("support.customers.number"))
                .setAutoWidth(true);
        results.addColumn(AccountSummary::companyName).setHeader(getTranslation("support.customers.company"))
                .setFlexGrow(1);
        results.addColumn(AccountSummary::contactEmail).setHeader(getTranslation("support.customers.email"))
                .setFlexGrow(1);
        CompactGrid.addCompactColumn(results, LitRenderer.<AccountSummary>of("""
                        <div class="compact-row"><span class="compact-title">${item.company}</span>\
                        <span class="compact-line">${item.number} · ${item.email}</span></div>""")
                .withProperty("company", AccountSummary::companyName)
                .withProperty("number", AccountSummary::number)
                .withProperty("email", AccountSummary::contactEmail), getTranslation("support.customers.title"));
        results.setEmptyStateText(getTranslation("support.customers.none"));
        results.setHeight("16em");
        results.asSingleSelect().addValueChangeListener(e -> summary.show(
                e.getValue() == null ? null : customers.overview(e.getValue().id())));

        add(new H1(getTranslation("support.customers.title")), search, results, summary);
        search("");
    }

    /** Keeps the picked customer while it is still found (it may have been picked before the lazy search ran). */
    private void search(String query) {
        Optional<Long> picked = results.getSelectedItems().stream().findFirst().map(AccountSummary::id);
        List<AccountSummary> found = customers.search(query);
        results.setItems(found);
        found.stream().filter(a -> picked.isPresent() && picked.get() == a.id()).findFirst()
                .or(() -> found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty())
                .ifPresent(results::select);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Set by the switch filter's failure redirect: the server refused (reason or target).
        if (event.getLocation().getQueryParameters().getParameters().containsKey("impersonation")) {
            Notification.show(getTranslation("support.actAs.refused"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.customers.title");
    }
}

package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.support.CustomerOverviewService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

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
        TextField search = new TextField();
        search.setId("customer-search");
        search.setPlaceholder(getTranslation("support.customers.search"));
        search.setClearButtonVisible(true);
        search.setWidth("28em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> search(e.getValue()));

        results.setId("customer-results");
        results.addColumn(AccountSummary::number).setHeader(getTranslation("support.customers.number"))
                .setAutoWidth(true);
        results.addColumn(AccountSummary::companyName).setHeader(getTranslation("support.customers.company"))
                .setFlexGrow(1);
        results.addColumn(AccountSummary::contactEmail).setHeader(getTranslation("support.customers.email"))
                .setFlexGrow(1);
        results.setEmptyStateText(getTranslation("support.customers.none"));
        results.setHeight("16em");
        results.asSingleSelect().addValueChangeListener(e -> summary.show(
                e.getValue() == null ? null : customers.overview(e.getValue().id())));

        add(new H2(getTranslation("support.customers.title")), search, results, summary);
        search("");
    }

    private void search(String query) {
        List<AccountSummary> found = customers.search(query);
        results.setItems(found);
        if (found.size() == 1) {
            results.select(found.getFirst());
        }
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

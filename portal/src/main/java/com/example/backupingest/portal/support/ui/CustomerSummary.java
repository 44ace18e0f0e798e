package com.example.backupingest.portal.support.ui;

import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.base.CompactGrid;
import com.example.backupingest.portal.support.CustomerOverview;
import com.example.backupingest.portal.support.CustomerOverview.RecentBooking;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.jspecify.annotations.Nullable;

/** One customer at a glance: seats, slots, add-on, last bookings, and "Act as this customer". */
class CustomerSummary extends VerticalLayout {

    CustomerSummary() {
        setId("customer-summary");
        setPadding(false);
        setVisible(false);
    }

    void show(@Nullable CustomerOverview overview) {
        removeAll();
        setVisible(overview != null);
        if (overview == null) {
            return;
        }
        AccountSummary account = overview.account();
        CustomerOverview.AddOn addOn = overview.addOn();
        add(new H2(account.companyName() + " (" + account.number() + ")"));
        add(new Paragraph(getTranslation("support.summary.plan", account.basePlan(), account.viewerSeats(),
                account.livestreamSlots(), overview.totalSlots(), overview.activeContents())));
        add(new Paragraph(addOn == null ? getTranslation("support.summary.addOn.none")
                : getTranslation("support.summary.addOn.active", addOn.reference(),
                        getTranslation("support.summary.mode." + addOn.mode()), addOn.extraSlots(),
                        SupportTexts.time(this, addOn.since()))));
        Grid<RecentBooking> recent = new Grid<>();
        recent.addColumn(b -> SupportTexts.time(this, b.at())).setHeader(getTranslation("support.audit.at"))
                .setAutoWidth(true);
        recent.addColumn(b -> getTranslation("support.summary.booking." + b.action()))
                .setHeader(getTranslation("support.audit.action")).setAutoWidth(true);
        recent.addColumn(RecentBooking::reference).setHeader(getTranslation("support.summary.reference"))
                .setAutoWidth(true);
        recent.addColumn(this::by).setHeader(getTranslation("support.summary.by")).setFlexGrow(1);
        CompactGrid.addCompactColumn(recent, LitRenderer.<RecentBooking>of("""
                        <div class="compact-row"><span class="compact-line">${item.at} · ${item.reference}</span>\
                        <span class="compact-title">${item.action}</span>\
                        <span class="compact-line">${item.by}</span></div>""")
                .withProperty("at", b -> SupportTexts.time(this, b.at()))
                .withProperty("reference", RecentBooking::reference)
                .withProperty("action", b -> getTranslation("support.summary.booking." + b.action()))
                .withProperty("by", this::by), getTranslation("support.summary.reference"));
        recent.setItems(overview.recentBookings());
        recent.setEmptyStateText(getTranslation("support.summary.noBookings"));
        recent.setAllRowsVisible(true);
        add(recent);

        Button actAs = new Button(getTranslation("support.actAs.button"),
                click -> new ActAsDialog(account).open());
        actAs.setId("act-as");
        actAs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actAs.setEnabled(overview.customerLogin() != null);
        add(actAs);
        if (overview.customerLogin() == null) {
            add(new Paragraph(getTranslation("support.actAs.noUser")));
        }
    }

    private String by(RecentBooking booking) {
        return booking.supportAgent() == null ? booking.actor()
                : getTranslation("support.summary.bySupport", booking.actor(), booking.supportAgent());
    }
}

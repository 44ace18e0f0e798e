package com.example.backupingest.portal.booking.ui;

import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.pricing.PricingProperties;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * What the add-on is and does, point by point as the provider's service description promises it,
 * with a call to book it (or to manage the booking once booked).
 */
@Route("backup-ingest")
@RolesAllowed("CUSTOMER")
class BackupIngestView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private record Feature(VaadinIcon icon, String key) {
    }

    /** The promises in the order of the service description. */
    private static final List<Feature> FEATURES = List.of(new Feature(VaadinIcon.LINK, "secondUrl"),
            new Feature(VaadinIcon.SPLIT, "modes"), new Feature(VaadinIcon.FILM, "transcode"),
            new Feature(VaadinIcon.CLUSTER, "edges"), new Feature(VaadinIcon.EXCHANGE, "switching"),
            new Feature(VaadinIcon.PIN, "sticky"), new Feature(VaadinIcon.SERVER, "redundancy"),
            new Feature(VaadinIcon.GRID_SMALL, "slots"), new Feature(VaadinIcon.INVOICE, "billing"));

    private final BookingService bookings;
    private final PricingProperties pricing;

    BackupIngestView(BookingService bookings, PricingProperties pricing) {
        this.bookings = bookings;
        this.pricing = pricing;
        MainContent.mark(this);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Optional<BookingDetails> active = bookings.active();
        add(hero(active), new IngestDiagram(), new H2(getTranslation("addon.features.title")), features());
    }

    private Div hero(Optional<BookingDetails> active) {
        Span status = new Span(getTranslation(active.isPresent() ? "addon.status.booked" : "addon.status.optional",
                active.map(b -> getTranslation("booking.mode." + b.mode().name().toLowerCase() + ".title")).orElse("")));
        status.addClassNames("pill", active.isPresent() ? "pill-success" : "pill-neutral");
        Paragraph lead = new Paragraph(getTranslation("addon.lead"));
        lead.addClassName("lead");
        Paragraph when = new Paragraph(getTranslation("addon.when"));
        Button cta = new Button(getTranslation(active.isPresent() ? "addon.cta.manage" : "addon.cta.book"),
                VaadinIcon.ARROW_RIGHT.create(), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("booking")));
        cta.setIconAfterText(true);
        cta.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div hero = new Div(status, new H1(getTranslation("addon.title")), lead, when, cta);
        hero.addClassName("hero");
        return hero;
    }

    private Div features() {
        Div grid = new Div();
        grid.addClassName("feature-grid");
        for (Feature feature : FEATURES) {
            String key = "addon.feature." + feature.key();
            Icon icon = feature.icon().create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.addClassName("feature-icon");
            Div card = new Div(icon, new H3(getTranslation(key + ".title")), new Paragraph(text(feature)));
            card.addClassNames("card", "feature");
            grid.add(card);
        }
        return grid;
    }

    /** The billing point names the prices the booking form charges (net, per month) and the VAT rate. */
    private String text(Feature feature) {
        String key = "addon.feature." + feature.key() + ".text";
        if (!"billing".equals(feature.key())) {
            return getTranslation(key);
        }
        return getTranslation(key, Formats.money(pricing.addOnFee(), getLocale()),
                Formats.money(pricing.extraSlot(), getLocale()), Formats.percent(pricing.vatRate(), getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("addon.title") + " · " + getTranslation("app.name");
    }
}

package com.example.backupingest.portal.booking.ui;

import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.booking.BookingQuote;
import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.pricing.PriceBreakdown;
import com.example.backupingest.portal.slots.SlotPlan;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The live slot arithmetic and monthly price of the draft. Only the one-sentence summary is an
 * aria-live region, so a screen reader hears the new slot count, not the whole price table.
 */
class QuotePanel extends Div {

    private final Paragraph summary = new Paragraph();
    private final Div price = new Div();
    private final Div reach = new Div();

    QuotePanel() {
        addClassName("quote-panel");
        summary.addClassName("quote-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        summary.getElement().setAttribute("aria-atomic", "true");
        price.addClassName("price-table");
        reach.addClassName("quote-reach");
        add(new H2(getTranslation("booking.quote.title")), summary, price, reach);
    }

    void show(BookingQuote quote) {
        Locale locale = getLocale();
        SlotPlan slots = quote.slots();
        summary.setText(getTranslation("booking.quote.slots", slots.contents(), slots.slotsNeeded()) + " "
                + (slots.extraSlots() == 0
                        ? getTranslation("booking.quote.noExtra", slots.baseSlots())
                        : getTranslation("booking.quote.extra", slots.baseSlots(), slots.extraSlots())));
        PriceBreakdown p = quote.price();
        price.removeAll();
        price.add(row(getTranslation("booking.price.addOnFee"), p.addOnFee(), locale, ""),
                row(getTranslation("booking.price.extraSlots", p.extraSlots(), Formats.money(p.extraSlotUnitPrice(), locale)),
                        p.extraSlotsTotal(), locale, ""),
                row(getTranslation("booking.price.net"), p.net(), locale, "subtotal"),
                row(getTranslation("booking.price.vat", Formats.percent(p.vatRate(), locale)), p.vat(), locale, ""),
                row(getTranslation("booking.price.gross"), p.gross(), locale, "total"));
        reach.removeAll();
        reach.add(new Paragraph(getTranslation("booking.quote.seats", Formats.number(quote.viewerSeats(), locale))),
                new Paragraph(getTranslation("booking.quote.edges", quote.distributionServers())));
    }

    private static Div row(String label, Money amount, Locale locale, String kind) {
        Span value = new Span(Formats.money(amount, locale));
        value.addClassName("amount");
        Div row = new Div(new Span(label), value);
        row.addClassName("price-row");
        if (!kind.isEmpty()) {
            row.addClassName(kind);
        }
        return row;
    }
}

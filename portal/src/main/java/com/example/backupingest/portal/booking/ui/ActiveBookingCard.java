package com.example.backupingest.portal.booking.ui;

import com.example.backupingest.portal.base.Formats;
import com.example.backupingest.portal.booking.BookingDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/** The booking as it stands: reference, mode, contents, slots and price; change or cancel it. */
class ActiveBookingCard extends Div {

    ActiveBookingCard(BookingDetails booking, Runnable onChange, Runnable onCancel) {
        addClassNames("card", "active-booking");
        Locale locale = getLocale();
        Span status = new Span(getTranslation("booking.active.status"));
        status.addClassNames("pill", "pill-success");
        Div head = new Div(new H2(getTranslation("booking.active.title")), status);
        head.addClassName("card-head");
        UnorderedList names = new UnorderedList();
        names.addClassName("content-list");
        booking.contentNames().forEach(n -> names.add(new ListItem(n)));
        Div facts = new Div(
                fact(getTranslation("booking.active.reference"), new Span(booking.reference())),
                fact(getTranslation("booking.mode.short"),
                        new Span(getTranslation("booking.mode." + booking.mode().name().toLowerCase() + ".title"))),
                fact(getTranslation("booking.active.contents"), names),
                fact(getTranslation("booking.active.slots"), new Span(getTranslation("booking.active.slotsValue",
                        booking.slots().slotsNeeded(), booking.slots().totalSlots(), booking.slots().extraSlots()))),
                fact(getTranslation("booking.price.gross"), new Span(Formats.money(booking.price().gross(), locale))),
                fact(getTranslation("booking.active.since"), new Span(Formats.dateTime(booking.createdAt(), locale))));
        facts.addClassName("facts");
        Button change = new Button(getTranslation("booking.action.change"), VaadinIcon.EDIT.create(),
                e -> onChange.run());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("booking.action.cancel"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                e -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(change, cancel);
        actions.addClassName("actions");
        Paragraph seats = new Paragraph(getTranslation("booking.quote.seats", Formats.number(booking.viewerSeats(), locale)));
        seats.addClassName("muted");
        add(head, facts, seats, actions);
    }

    private static Div fact(String label, com.vaadin.flow.component.Component value) {
        Span term = new Span(label);
        term.addClassName("fact-label");
        Div fact = new Div(term, value);
        fact.addClassName("fact");
        return fact;
    }
}

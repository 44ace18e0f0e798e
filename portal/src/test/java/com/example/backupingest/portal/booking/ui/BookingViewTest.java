package com.example.backupingest.portal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.backupingest.portal.base.ViewTestSupport;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingProblem;
import com.example.backupingest.portal.booking.BookingQuote;
import com.example.backupingest.portal.booking.BookingRejectedException;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.booking.BookingStatus;
import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.pricing.PriceBreakdown;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.security.WithPortalUser;
import com.example.backupingest.portal.slots.SlotCalculator;
import com.example.backupingest.portal.slots.SlotPlan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithPortalUser
class BookingViewTest extends ViewTestSupport {

    @Autowired
    BookingService bookings;

    /** The quote as the booking service computes it: base 2 slots, 49 € fee, 29 € per extra slot, 19 % VAT. */
    static BookingQuote quoteFor(BookingDraft draft) {
        SlotPlan plan = SlotCalculator.plan(2, draft.contentNames(), true);
        Money fee = Money.of("49.00", "EUR");
        Money unit = Money.of("29.00", "EUR");
        Money extras = unit.times(plan.extraSlots());
        Money net = fee.plus(extras);
        Money vat = net.times(new BigDecimal("0.19"));
        return new BookingQuote(plan, new PriceBreakdown(fee, plan.extraSlots(), unit, extras, net,
                new BigDecimal("0.19"), vat, net.plus(vat)), 2500, 3);
    }

    static BookingDetails booked(BookingDraft draft) {
        BookingQuote q = quoteFor(draft);
        return new BookingDetails(1, 7, "BI-2026-000042", draft.mode(), BookingStatus.ACTIVE, draft.contentNames(),
                q.slots(), q.price(), 2500, Instant.now(), Instant.now(), null, Actor.customer("anna"));
    }

    @BeforeEach
    void stubs() {
        when(bookings.active()).thenReturn(Optional.empty());
        when(bookings.history()).thenReturn(List.of());
        when(bookings.validate(any())).thenReturn(List.of());
        when(bookings.quote(any())).thenAnswer(inv -> quoteFor(inv.getArgument(0)));
    }

    private String summary() {
        return find(Paragraph.class).withClassName("quote-summary").single().getText();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private void fillValidForm(String... names) {
        List<TextField> fields = find(TextField.class).all();
        for (int i = 0; i < names.length; i++) {
            if (i >= fields.size()) {
                test(button("Add content")).click();
                fields = find(TextField.class).all();
            }
            test(fields.get(i)).setValue(names[i]);
        }
        test(find(Checkbox.class).single()).click();
    }

    @Test
    void the_slot_arithmetic_and_price_follow_the_contents_live() {
        navigate(BookingView.class);
        assertThat(summary()).isEqualTo("1 content × 2 ingest servers = 2 slots; your account has 2 livestream slots → no extra slots needed.");

        test(button("Add content")).click();
        test(find(TextField.class).all().get(1)).setValue("Hall B");

        assertThat(summary()).isEqualTo(
                "2 contents × 2 ingest servers = 4 slots; your account has 2 livestream slots → 2 extra slots will be"
                        + " booked.");
        assertThat(find(Span.class).withText("Extra slots: 2 × €29.00").exists()).isTrue();
        assertThat(find(Span.class).withText("€127.33").exists()).isTrue(); // (49 + 2 × 29) × 1.19
        assertThat(find(Paragraph.class).withText("Viewer seats unchanged: 2,500").exists()).isTrue();
        assertThat(find(Paragraph.class).withClassName("quote-summary").single().getElement().getAttribute("aria-live"))
                .isEqualTo("polite");
    }

    @Test
    void problems_are_shown_on_the_field_they_name() {
        when(bookings.validate(any())).thenReturn(List.of(
                BookingProblem.of("contents[1]", "booking.error.name.duplicate"),
                BookingProblem.of("contents", "booking.error.contents.tooMany", 4),
                BookingProblem.of("terms", "booking.error.terms")));
        navigate(BookingView.class);
        fillValidForm("Main stage", "Main stage");
        test(find(Checkbox.class).single()).click(); // untick the terms again

        test(button("Book now")).click();

        List<TextField> fields = find(TextField.class).all();
        assertThat(fields.get(0).isInvalid()).isFalse();
        assertThat(fields.get(1).isInvalid()).isTrue();
        assertThat(fields.get(1).getErrorMessage()).isEqualTo("This name is already used by another content.");
        assertThat(find(Span.class).withId("contents-error").single().getText()).isEqualTo("At most 4 contents at the same time.");
        Checkbox terms = find(Checkbox.class).single();
        assertThat(terms.isInvalid()).isTrue();
        assertThat(terms.getErrorMessage()).isEqualTo("Please accept the terms to book.");
        assertThat(button("Book now").isEnabled()).isTrue();
        verify(bookings, never()).book(any(), any());
    }

    @Test
    void a_rejection_from_the_service_lands_on_the_field_too() {
        when(bookings.book(any(), any())).thenThrow(new BookingRejectedException(
                List.of(BookingProblem.of("contents[0]", "booking.error.name.tooLong", 60))));
        navigate(BookingView.class);
        fillValidForm("A very long name");

        test(button("Book now")).click();

        TextField first = find(TextField.class).all().get(0);
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).isEqualTo("At most 60 characters.");
    }

    @Test
    void a_double_click_on_confirm_books_once() {
        List<Boolean> enabledWhileBooking = new ArrayList<>();
        when(bookings.book(any(), any())).thenAnswer(inv -> {
            Button confirm = button("Book now");
            enabledWhileBooking.add(confirm.isEnabled());
            confirm.click(); // the second click of a double click arrives while the first is processed
            return booked(inv.getArgument(0));
        });
        navigate(BookingView.class);
        fillValidForm("Main stage", "Hall B");

        test(button("Book now")).click();

        verify(bookings, times(1)).book(new BookingDraft(BookingMode.PARALLEL, List.of("Main stage", "Hall B"), true),
                Locale.ENGLISH);
        assertThat(enabledWhileBooking).containsExactly(false);
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("StreamSetupView");
    }

    @Test
    void an_active_booking_offers_change_and_cancel() {
        BookingDetails active = booked(new BookingDraft(BookingMode.STANDBY, List.of("Main stage"), true));
        when(bookings.active()).thenReturn(Optional.of(active));
        when(bookings.change(any(), any())).thenReturn(active);
        navigate(BookingView.class);
        assertThat(find(Span.class).withText("BI-2026-000042").exists()).isTrue();

        test(button("Change")).click();
        assertThat(find(TextField.class).single().getValue()).isEqualTo("Main stage");
        test(find(Checkbox.class).single()).click();
        test(button("Save changes")).click();

        verify(bookings).change(new BookingDraft(BookingMode.STANDBY, List.of("Main stage"), true), Locale.ENGLISH);
        verify(bookings, never()).book(any(), any());
    }
}

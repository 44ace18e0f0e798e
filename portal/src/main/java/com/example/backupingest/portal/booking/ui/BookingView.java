package com.example.backupingest.portal.booking.ui;

import com.example.backupingest.portal.base.CancelFirst;
import com.example.backupingest.portal.base.MainContent;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingHistoryEntry;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingProblem;
import com.example.backupingest.portal.booking.BookingRejectedException;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Book the add-on, or see, change and cancel the active booking; the history below. */
@Route("booking")
@RolesAllowed("CUSTOMER")
class BookingView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final BookingService bookings;
    private final StreamSetupService setup;
    private boolean editing;
    private @Nullable BookingForm form;

    BookingView(BookingService bookings, StreamSetupService setup) {
        this.bookings = bookings;
        this.setup = setup;
        MainContent.mark(this);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(form == null ? null : form.draft());
    }

    private void render(@Nullable BookingDraft keep) {
        removeAll();
        Optional<BookingDetails> active = bookings.active();
        Paragraph lead = new Paragraph(getTranslation(active.isPresent() ? "booking.lead.active" : "booking.lead.new"));
        lead.addClassName("lead");
        add(new H1(getTranslation(active.isPresent() ? "booking.title.active" : "booking.title")), lead);
        form = null;
        if (active.isPresent() && !editing) {
            add(new ActiveBookingCard(active.get(), () -> {
                editing = true;
                render(null);
            }, () -> confirmCancel()));
        } else {
            BookingDraft initial = keep != null ? keep : existingContents(active);
            form = new BookingForm(initial, getTranslation(active.isPresent() ? "booking.action.save" : "booking.action.book"),
                    bookings::quote, this::submit);
            add(form);
            if (editing) {
                Button discard = new Button(getTranslation("booking.action.discard"), e -> {
                    editing = false;
                    render(null);
                });
                discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add(discard);
            }
        }
        List<BookingHistoryEntry> history = bookings.history();
        if (!history.isEmpty()) {
            add(new H2(getTranslation("booking.history.title")), new BookingHistoryGrid(history));
        }
    }

    /** The account's contents as they are (names and ids): booking keeps them unless one is removed on purpose. */
    private BookingDraft existingContents(Optional<BookingDetails> active) {
        BookingMode mode = active.map(BookingDetails::mode).orElse(BookingMode.PARALLEL);
        List<ContentSetup> contents = setup.contents();
        if (contents.isEmpty()) {
            return new BookingDraft(mode, active.map(BookingDetails::contentNames).filter(n -> !n.isEmpty())
                    .orElse(List.of("")), false);
        }
        return new BookingDraft(mode, contents.stream().map(ContentSetup::name).toList(), false,
                contents.stream().map(ContentSetup::contentId).toList());
    }

    private void submit(BookingForm submitted) {
        BookingDraft draft = submitted.draft();
        List<BookingProblem> problems = bookings.validate(draft);
        if (!problems.isEmpty()) {
            submitted.showProblems(problems);
            submitted.release();
            return;
        }
        boolean change = editing;
        Function<BookingDraft, BookingDetails> action = change
                ? d -> bookings.change(d, getLocale())
                : d -> bookings.book(d, getLocale());
        try {
            BookingDetails done = action.apply(draft);
            editing = false;
            notify(getTranslation(change ? "booking.done.changed" : "booking.done.booked", done.reference()),
                    NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("stream-setup"));
        } catch (BookingRejectedException rejected) {
            submitted.showProblems(rejected.problems());
            submitted.release();
        }
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("booking.cancel.title"));
        dialog.setText(getTranslation("booking.cancel.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("booking.cancel.keep"));
        dialog.setConfirmText(getTranslation("booking.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                BookingDetails cancelled = bookings.cancel(getLocale());
                notify(getTranslation("booking.done.cancelled", cancelled.reference()), NotificationVariant.LUMO_SUCCESS);
            } catch (BookingRejectedException rejected) {
                rejected.problems().forEach(p -> notify(getTranslation(p.messageKey(), p.args().toArray()),
                        NotificationVariant.LUMO_ERROR));
            }
            render(null);
        });
        CancelFirst.open(dialog);
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.title") + " · " + getTranslation("app.name");
    }
}

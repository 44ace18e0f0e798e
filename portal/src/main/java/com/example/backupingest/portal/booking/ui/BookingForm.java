package com.example.backupingest.portal.booking.ui;

import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingProblem;
import com.example.backupingest.portal.booking.BookingQuote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mode, content names and terms, with the live quote beside them. Problems land on the field
 * they name; the confirm button disables itself on click so a double click submits once.
 */
class BookingForm extends Div {

    private static final Pattern CONTENT_FIELD = Pattern.compile("contents\\[(\\d+)]");

    private final RadioButtonGroup<BookingMode> mode = new RadioButtonGroup<>();
    private final ContentNamesEditor contents;
    private final Checkbox terms = new Checkbox();
    private final Span formError = new Span();
    private final QuotePanel quotePanel = new QuotePanel();
    private final Button confirm;
    private final Function<BookingDraft, BookingQuote> quote;
    private boolean submitting;

    BookingForm(BookingDraft initial, String confirmLabel, Function<BookingDraft, BookingQuote> quote,
            Consumer<BookingForm> onConfirm) {
        this.quote = quote;
        addClassName("booking-form");
        mode.setLabel(getTranslation("booking.mode.label"));
        mode.setItems(BookingMode.values());
        mode.setRenderer(new ComponentRenderer<>(m -> {
            Span title = new Span(getTranslation("booking.mode." + m.name().toLowerCase() + ".title"));
            title.addClassName("option-title");
            Span hint = new Span(getTranslation("booking.mode." + m.name().toLowerCase() + ".hint"));
            hint.addClassName("option-hint");
            return new Div(title, hint);
        }));
        mode.setValue(initial.mode());
        mode.setRequiredIndicatorVisible(true);
        mode.addValueChangeListener(e -> refresh());
        contents = new ContentNamesEditor(initial.contentNames(), initial.contentIds(), this::refresh);
        terms.setLabel(getTranslation("booking.terms"));
        terms.setValue(initial.termsAccepted());
        terms.setRequiredIndicatorVisible(true);
        terms.addValueChangeListener(e -> terms.setInvalid(false));
        formError.addClassName("field-error");
        formError.getElement().setAttribute("role", "alert");
        confirm = new Button(confirmLabel, e -> {
            if (!submitting) { // a second click that still reaches the server is ignored
                submitting = true;
                onConfirm.accept(this);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClassName("confirm");
        Span contentsLegend = new Span(getTranslation("booking.contents.legend"));
        contentsLegend.addClassName("group-label");
        Div fields = new Div(mode, contentsLegend, contents, terms, formError, confirm);
        fields.addClassName("booking-fields");
        add(fields, quotePanel);
        refresh();
    }

    BookingDraft draft() {
        return new BookingDraft(mode.getValue() == null ? BookingMode.PARALLEL : mode.getValue(), contents.names(),
                terms.getValue(), contents.contentIds());
    }

    Button confirmButton() {
        return confirm;
    }

    /** Ready for the next attempt after problems or an error. */
    void release() {
        submitting = false;
        confirm.setEnabled(true);
    }

    void showProblems(List<BookingProblem> problems) {
        contents.clearErrors();
        formError.setText("");
        for (BookingProblem problem : problems) {
            String text = getTranslation(problem.messageKey(), problem.args().toArray());
            Matcher content = CONTENT_FIELD.matcher(problem.field());
            if (content.matches()) {
                contents.showFieldError(Integer.parseInt(content.group(1)), text);
            } else if ("contents".equals(problem.field())) {
                contents.showListError(text);
            } else if ("terms".equals(problem.field())) {
                terms.setErrorMessage(text);
                terms.setInvalid(true);
            } else if ("mode".equals(problem.field())) {
                mode.setErrorMessage(text);
                mode.setInvalid(true);
            } else {
                formError.setText(text);
            }
        }
        focusFirstInvalid();
    }

    /** Keyboard and screen-reader users land on the first field to fix. */
    private void focusFirstInvalid() {
        contents.fields().stream().filter(TextField::isInvalid).findFirst()
                .ifPresentOrElse(TextField::focus, () -> {
                    if (terms.isInvalid()) {
                        terms.focus();
                    }
                });
    }

    private void refresh() {
        mode.setInvalid(false);
        quotePanel.show(quote.apply(draft()));
    }
}

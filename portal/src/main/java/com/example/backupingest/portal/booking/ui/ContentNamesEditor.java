package com.example.backupingest.portal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The contents to stream at the same time: one name field each, add and remove buttons, and a
 * message slot below the list for problems that concern the list as a whole.
 */
class ContentNamesEditor extends Div {

    private record Row(TextField field, Button remove, Div layout) {
    }

    private final List<Row> entries = new ArrayList<>();
    private final Div rows = new Div();
    private final Span listError = new Span();
    private final Runnable onChange;

    ContentNamesEditor(List<String> names, Runnable onChange) {
        this.onChange = onChange;
        addClassName("content-editor");
        rows.addClassName("content-rows");
        listError.addClassName("field-error");
        listError.setId("contents-error");
        listError.getElement().setAttribute("role", "alert");
        Button add = new Button(getTranslation("booking.contents.add"), VaadinIcon.PLUS.create(), e -> {
            addField("");
            entries.getLast().field().focus();
            changed();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClassName("content-add");
        add(rows, listError, add);
        (names.isEmpty() ? List.of("") : names).forEach(this::addField);
    }

    List<String> names() {
        return fields().stream().map(TextField::getValue).toList();
    }

    List<TextField> fields() {
        return entries.stream().map(Row::field).toList();
    }

    void clearErrors() {
        fields().forEach(f -> f.setInvalid(false));
        listError.setText("");
    }

    void showFieldError(int index, String message) {
        if (index >= 0 && index < entries.size()) {
            TextField field = entries.get(index).field();
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            showListError(message);
        }
    }

    void showListError(String message) {
        listError.setText(message);
    }

    private void addField(String value) {
        TextField field = new TextField();
        field.setValue(value);
        field.setPlaceholder(getTranslation("booking.contents.placeholder"));
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(250);
        field.setRequiredIndicatorVisible(true);
        field.addValueChangeListener(e -> changed());
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Row row = new Row(field, remove, new Div(field, remove));
        row.layout().addClassName("content-row");
        remove.addClickListener(e -> {
            int at = entries.indexOf(row);
            entries.remove(row);
            rows.remove(row.layout());
            relabel();
            entries.get(Math.max(0, at - 1)).field().focus();
            changed();
        });
        entries.add(row);
        rows.add(row.layout());
        relabel();
    }

    /** Labels follow the position ("Content 2 name"); the last field cannot be removed. */
    private void relabel() {
        for (int i = 0; i < entries.size(); i++) {
            Row row = entries.get(i);
            row.field().setLabel(getTranslation("booking.contents.label", i + 1));
            row.remove().setAriaLabel(getTranslation("booking.contents.remove", i + 1));
            row.remove().setEnabled(entries.size() > 1);
        }
    }

    private void changed() {
        clearErrors();
        onChange.run();
    }
}

package com.example.backupingest.portal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The contents to stream at the same time: one name field each, add and remove buttons, and a
 * message slot below the list for problems that concern the list as a whole. A row of an existing
 * content shows its id and keeps it (keys and website embeds stay valid, also when renamed); removing
 * such a row first warns that its embed and keys stop working.
 */
class ContentNamesEditor extends Div {

    private record Row(TextField field, Button remove, Div layout, String contentId) {
    }

    private final List<Row> entries = new ArrayList<>();
    private final Div rows = new Div();
    private final Span listError = new Span();
    private final Runnable onChange;

    ContentNamesEditor(List<String> names, List<String> contentIds, Runnable onChange) {
        this.onChange = onChange;
        addClassName("content-editor");
        rows.addClassName("content-rows");
        listError.addClassName("field-error");
        listError.setId("contents-error");
        listError.getElement().setAttribute("role", "alert");
        Button add = new Button(getTranslation("booking.contents.add"), VaadinIcon.PLUS.create(), e -> {
            addField("", "");
            entries.getLast().field().focus();
            changed();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClassName("content-add");
        add(rows, listError, add);
        if (names.isEmpty()) {
            addField("", "");
        }
        for (int i = 0; i < names.size(); i++) {
            addField(names.get(i), i < contentIds.size() ? contentIds.get(i) : "");
        }
    }

    /** Beside {@link #names()}: the existing content id of each row, "" for a new one. */
    List<String> contentIds() {
        return entries.stream().map(Row::contentId).toList();
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

    private void addField(String value, String contentId) {
        TextField field = new TextField();
        field.setValue(value);
        field.setPlaceholder(getTranslation("booking.contents.placeholder"));
        if (!contentId.isEmpty()) {
            field.setHelperText(getTranslation("booking.contents.existing", contentId));
            field.getElement().setAttribute("data-content-id", contentId);
        }
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(250);
        field.setRequiredIndicatorVisible(true);
        field.addValueChangeListener(e -> changed());
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Row row = new Row(field, remove, new Div(field, remove), contentId);
        row.layout().addClassName("content-row");
        remove.addClickListener(e -> {
            if (row.contentId().isEmpty()) {
                removeRow(row);
            } else {
                confirmRemoval(row);
            }
        });
        entries.add(row);
        rows.add(row.layout());
        relabel();
    }

    private void removeRow(Row row) {
        int at = entries.indexOf(row);
        entries.remove(row);
        rows.remove(row.layout());
        relabel();
        entries.get(Math.max(0, at - 1)).field().focus();
        changed();
    }

    /** An existing content goes only on purpose: its website embed and its stream keys stop working. */
    private void confirmRemoval(Row row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("booking.contents.removeExisting.title", row.field().getValue()));
        dialog.setText(getTranslation("booking.contents.removeExisting.text", row.field().getValue(), row.contentId()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("booking.contents.removeExisting.keep"));
        dialog.setConfirmText(getTranslation("booking.contents.removeExisting.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> removeRow(row));
        dialog.addCancelListener(e -> row.remove().focus());
        dialog.open();
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

package com.example.backupingest.portal.streamsetup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/**
 * Copies exactly the value it is given to the clipboard. The value is fetched on click, so a
 * masked key is copied in full without ever being shown; it reaches the browser only as the
 * argument of the clipboard call. The icon turns into a tick and a notification confirms.
 */
class CopyButton extends Button {

    CopyButton(String what, Supplier<String> value) {
        super(VaadinIcon.COPY_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("copy-button");
        setAriaLabel(getTranslation("setup.copy", what));
        setTooltipText(getTranslation("setup.copy", what));
        addClickListener(e -> getElement()
                .executeJs("""
                        if (!navigator.clipboard) { return false; }
                        return navigator.clipboard.writeText($0).then(() => true, () => false);""", value.get())
                .then(Boolean.class, ok -> copied(what, Boolean.TRUE.equals(ok))));
    }

    private void copied(String what, boolean ok) {
        if (ok) {
            setIcon(VaadinIcon.CHECK.create());
            setAriaLabel(getTranslation("setup.copied", what));
        }
        Notification n = Notification.show(getTranslation(ok ? "setup.copied" : "setup.copyFailed", what), 3000,
                Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}

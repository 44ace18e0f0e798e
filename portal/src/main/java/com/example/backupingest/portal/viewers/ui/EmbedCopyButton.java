package com.example.backupingest.portal.viewers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Copies a fixed text to the clipboard and confirms it (streamsetup's CopyButton is internal to
 * its feature). The value is no secret here, so it is kept on the button as given.
 */
class EmbedCopyButton extends Button {

    EmbedCopyButton(String what, String value) {
        super(VaadinIcon.COPY_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("copy-button");
        setAriaLabel(getTranslation("embed.copy", what));
        setTooltipText(getTranslation("embed.copy", what));
        addClickListener(e -> getElement()
                .executeJs("""
                        if (!navigator.clipboard) { return false; }
                        return navigator.clipboard.writeText($0).then(() => true, () => false);""", value)
                .then(Boolean.class, ok -> copied(what, Boolean.TRUE.equals(ok))));
    }

    private void copied(String what, boolean ok) {
        if (ok) {
            setIcon(VaadinIcon.CHECK.create());
            setAriaLabel(getTranslation("embed.copied", what));
        }
        Notification n = Notification.show(getTranslation(ok ? "embed.copied" : "embed.copyFailed", what), 3000,
                Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}

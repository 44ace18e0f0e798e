package com.example.backupingest.portal.viewers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Copies a fixed text to the clipboard and confirms it (streamsetup's CopyButton is internal to
 * its feature). The value is no secret here, so it waits in the browser and is copied in the click
 * itself: no server round trip between the click and the clipboard (which needs the user's
 * gesture, and which a reader may look at right after the click). The browser then reports back.
 */
class EmbedCopyButton extends Button {

    EmbedCopyButton(String what, String value) {
        super(VaadinIcon.COPY_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("copy-button");
        setAriaLabel(getTranslation("embed.copy", what));
        setTooltipText(getTranslation("embed.copy", what));
        getElement().executeJs("""
                const value = $0;
                this.addEventListener('click', () => {
                  const done = (ok) => this.dispatchEvent(new CustomEvent('embed-copy', { detail: ok }));
                  if (!navigator.clipboard) { done(false); return; }
                  navigator.clipboard.writeText(value).then(() => done(true), () => done(false));
                });""", value);
        getElement().addEventListener("embed-copy", e -> copied(what, e.getEventDetail(Boolean.class)))
                .addEventDetail();
    }

    private void copied(String what, Boolean ok) {
        boolean copied = Boolean.TRUE.equals(ok);
        if (copied) {
            setIcon(VaadinIcon.CHECK.create());
            setAriaLabel(getTranslation("embed.copied", what));
        }
        Notification n = Notification.show(getTranslation(copied ? "embed.copied" : "embed.copyFailed", what), 3000,
                Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(copied ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}

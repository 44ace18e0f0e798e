package com.example.backupingest.portal.base;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * A confirm dialog for a destructive action focuses its harmless choice ("Keep booking"), so Enter
 * or a reflexive Space does not destroy anything; Vaadin's dialog focuses the confirm button. The
 * focus moves when the overlay reports it is open, after the dialog's own focus call. The dialog's
 * title bar is a {@code <header>} in Vaadin's shadow DOM, which assistive technology (and axe)
 * take for a second page banner beside the shell's: it gets {@code role=none}, it is the
 * dialog's heading, named by the dialog already.
 */
public final class CancelFirst {

    private static final String FOCUS_CANCEL = """
            const dialog = this;
            customElements.whenDefined('vaadin-confirm-dialog').then(() => {
              const overlay = dialog.$.overlay;
              const unbanner = () => {
                const header = overlay.shadowRoot && overlay.shadowRoot.querySelector('header');
                if (header) { header.setAttribute('role', 'none'); }
              };
              unbanner();
              requestAnimationFrame(unbanner);
              overlay.addEventListener('vaadin-overlay-open', () => {
                unbanner();
                const cancel = dialog.querySelector('[slot="cancel-button"]');
                if (cancel) { cancel.focus({ focusVisible: true }); }
              });
            });""";

    private CancelFirst() {
    }

    /** Opens {@code dialog} (cancelable) with the focus on its cancel button. */
    public static void open(ConfirmDialog dialog) {
        dialog.setCancelable(true);
        dialog.open();
        dialog.getElement().executeJs(FOCUS_CANCEL);
    }
}

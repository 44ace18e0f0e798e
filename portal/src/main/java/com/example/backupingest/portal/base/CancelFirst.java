package com.example.backupingest.portal.base;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * A confirm dialog for a destructive action focuses its harmless choice ("Keep booking"), so Enter
 * or a reflexive Space does not destroy anything; Vaadin's dialog focuses the confirm button. The
 * focus moves when the overlay reports it is open, after the dialog's own focus call.
 */
public final class CancelFirst {

    private static final String FOCUS_CANCEL = """
            const dialog = this;
            customElements.whenDefined('vaadin-confirm-dialog').then(() => {
              dialog.$.overlay.addEventListener('vaadin-overlay-open', () => {
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

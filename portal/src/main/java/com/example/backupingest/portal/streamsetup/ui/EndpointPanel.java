package com.example.backupingest.portal.streamsetup.ui;

import com.example.backupingest.portal.base.CancelFirst;
import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.jspecify.annotations.Nullable;

/**
 * One entrypoint of a content as OBS and vMix ask for it: Server, Stream key and the full URL.
 * The key stays masked until the customer reveals it; while support impersonates, the key can be
 * neither revealed, copied nor regenerated.
 */
class EndpointPanel extends Div {

    private final StreamSetupService setup;
    private final String contentId;
    private final boolean impersonating;
    private IngestEndpoint endpoint;
    private @Nullable String revealedKey;

    EndpointPanel(StreamSetupService setup, String contentId, IngestEndpoint endpoint, boolean impersonating) {
        this.setup = setup;
        this.contentId = contentId;
        this.endpoint = endpoint;
        this.impersonating = impersonating;
        addClassName("endpoint");
        addClassName(endpoint.entrypoint() == Entrypoint.PRIMARY ? "entry-a" : "entry-b");
        render();
    }

    private void render() {
        removeAll();
        String name = getTranslation("setup.entrypoint." + endpoint.entrypoint().name().toLowerCase());
        Span letter = new Span(endpoint.entrypoint().letter());
        letter.addClassName("entry-letter");
        letter.getElement().setAttribute("aria-hidden", "true");
        Div head = new Div(letter, new H3(name));
        head.addClassName("endpoint-head");
        String key = revealedKey != null ? revealedKey : endpoint.maskedKey();
        String full = revealedKey != null ? endpoint.serverUrl() + "/" + revealedKey : endpoint.maskedFullUrl();
        // URLs in a read-only text area: it wraps, so a phone shows them in full; the key is short.
        TextArea server = field(urlArea(), getTranslation("setup.server"), endpoint.serverUrl(),
                new CopyButton(getTranslation("setup.server"), endpoint::serverUrl));
        TextField keyField = field(new TextField(), getTranslation("setup.key"), key,
                impersonating ? null : new CopyButton(getTranslation("setup.key"), this::realKey));
        keyField.addClassName("stream-key");
        TextArea fullUrl = field(urlArea(), getTranslation("setup.fullUrl"), full,
                impersonating ? null : new CopyButton(getTranslation("setup.fullUrl"),
                        () -> endpoint.serverUrl() + "/" + realKey()));
        add(head, server, keyField, fullUrl);
        if (!impersonating) {
            add(actions());
        }
    }

    private Div actions() {
        boolean shown = revealedKey != null;
        Button reveal = new Button(getTranslation(shown ? "setup.hide" : "setup.reveal"),
                (shown ? VaadinIcon.EYE_SLASH : VaadinIcon.EYE).create(), e -> {
                    revealedKey = shown ? null : realKey();
                    render();
                });
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reveal.getElement().setAttribute("aria-pressed", String.valueOf(shown));
        Button regenerate = new Button(getTranslation("setup.regenerate"), VaadinIcon.REFRESH.create(),
                e -> confirmRegenerate());
        regenerate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(reveal, regenerate);
        actions.addClassName("actions");
        return actions;
    }

    private String realKey() {
        return revealedKey != null ? revealedKey : setup.revealKey(contentId, endpoint.entrypoint());
    }

    private void confirmRegenerate() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("setup.regenerate.title"));
        dialog.setText(getTranslation("setup.regenerate.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("setup.regenerate.keep"));
        dialog.setConfirmText(getTranslation("setup.regenerate.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            endpoint = setup.regenerateKey(contentId, endpoint.entrypoint());
            revealedKey = null;
            render();
            Notification.show(getTranslation("setup.regenerate.done"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        CancelFirst.open(dialog);
    }

    private static <F extends TextFieldBase<F, String> & HasLabel> F field(F field, String label, String value,
            @Nullable Button copy) {
        field.setLabel(label);
        field.setValue(value);
        field.setReadOnly(true);
        field.addClassName("mono");
        if (copy != null) {
            field.setSuffixComponent(copy);
        }
        return field;
    }

    /** One line where the URL fits, more where it wraps. */
    private static TextArea urlArea() {
        TextArea area = new TextArea();
        area.setMinRows(1);
        return area;
    }
}

package com.example.backupingest.portal.streamsetup.ui;

import com.example.backupingest.portal.base.CancelFirst;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.SecureWays;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One entrypoint of a content: the three ways to send, each as OBS and vMix ask for it, the encrypted
 * ones first (RTMPS, SRT) and plain RTMP last with its warning. Key and SRT passphrase (derived from
 * the key) stay masked until the customer reveals them; while support impersonates, they can be
 * neither revealed, copied nor regenerated. Regenerating disconnects every protocol.
 */
class EndpointPanel extends Div {

    private final StreamSetupService setup;
    private final String contentId;
    private final boolean impersonating;
    private IngestEndpoint endpoint;
    private @Nullable String revealedKey;
    private @Nullable Way selectedWay;

    /** The ways to send, encrypted first: the first one offered is what a customer sees first. */
    enum Way {
        RTMPS("setup.way.rtmps"), SRT("setup.way.srt"), RTMP("setup.way.rtmp");

        final String labelKey;

        Way(String labelKey) {
            this.labelKey = labelKey;
        }

        boolean offered(@Nullable SecureWays secure) {
            return switch (this) {
                case RTMPS -> secure != null && secure.rtmps();
                case SRT -> secure != null && secure.srt();
                case RTMP -> true;
            };
        }
    }

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
        SecureWays secure = endpoint.secure();
        SendingWays fields = new SendingWays(this, impersonating, revealedKey, this::realKey);
        List<Way> offered = Stream.of(Way.values()).filter(way -> way.offered(secure)).toList();
        // a radio group, not a TabSheet: vaadin-tabs (25.2) puts a focusable scroller inside its tablist
        RadioButtonGroup<Way> ways = new RadioButtonGroup<>(getTranslation("setup.ways", name));
        ways.addClassName("ways");
        ways.setItems(offered);
        ways.setItemLabelGenerator(way -> getTranslation(way.labelKey));
        Div shown = new Div();
        shown.addClassName("way");
        ways.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            selectedWay = e.getValue();
            shown.removeAll();
            shown.add(switch (e.getValue()) {
                case RTMPS -> fields.rtmps(endpoint, Objects.requireNonNull(secure));
                case SRT -> fields.srt(Objects.requireNonNull(secure));
                case RTMP -> fields.rtmp(endpoint);
            });
        });
        ways.setValue(offered.contains(selectedWay) ? selectedWay : offered.getFirst());
        add(head, ways, shown);
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

    /** The SRT passphrase follows from the key: one secret to reveal, copy and rotate. */
    static String passphrase(String key) {
        return SrtPassphrases.of(key);
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
}

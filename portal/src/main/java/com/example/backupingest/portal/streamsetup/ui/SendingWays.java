package com.example.backupingest.portal.streamsetup.ui;

import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.SecureWays;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fields of each way to send, as the encoders name them: OBS takes Server and Stream key for
 * RTMP(S) and the whole {@code srt://} URL as Server for SRT; vMix asks for SRT's host, port, stream id,
 * passphrase and latency apart. Secrets show masked unless revealed; copy buttons fetch the real
 * value on click (never while support impersonates).
 */
final class SendingWays {

    private final Component owner;
    private final boolean impersonating;
    private final @Nullable String revealedKey;
    private final Supplier<String> realKey;

    SendingWays(Component owner, boolean impersonating, @Nullable String revealedKey, Supplier<String> realKey) {
        this.owner = owner;
        this.impersonating = impersonating;
        this.revealedKey = revealedKey;
        this.realKey = realKey;
    }

    Div rtmp(IngestEndpoint endpoint) {
        Div way = server(endpoint.serverUrl(), endpoint.maskedKey());
        way.addComponentAsFirst(note("setup.rtmp.warning", "callout-warning", VaadinIcon.UNLOCK));
        return way;
    }

    Div rtmps(IngestEndpoint endpoint, SecureWays secure) {
        Div way = server(secure.rtmpsServerUrl(), endpoint.maskedKey());
        way.addComponentAsFirst(note("setup.rtmps.hint", "callout-info", VaadinIcon.LOCK));
        if (secure.certificateFingerprint() != null) {
            TextArea fingerprint = field(area(), t("setup.rtmps.fingerprint"), secure.certificateFingerprint(),
                    copy(t("setup.rtmps.fingerprint"), secure::certificateFingerprint));
            fingerprint.setHelperText(t("setup.rtmps.selfSigned"));
            fingerprint.addClassName("fingerprint");
            way.add(fingerprint);
        }
        return way;
    }

    Div srt(SecureWays secure) {
        String shownPassphrase = revealedKey != null ? EndpointPanel.passphrase(revealedKey) : secure.maskedPassphrase();
        Supplier<String> passphrase = () -> EndpointPanel.passphrase(realKey.get());
        TextArea url = field(area(), t("setup.srt.url"), secure.srtUrl(shownPassphrase),
                secret(t("setup.srt.url"), () -> secure.srtUrl(passphrase.get())));
        url.addClassName("srt-url");
        TextField host = field(new TextField(), t("setup.srt.host"), secure.srtHost(),
                copy(t("setup.srt.host"), secure::srtHost));
        TextField port = field(new TextField(), t("setup.srt.port"), Integer.toString(secure.srtPort()),
                copy(t("setup.srt.port"), () -> Integer.toString(secure.srtPort())));
        TextField streamId = field(new TextField(), t("setup.srt.streamId"), secure.srtStreamId(),
                copy(t("setup.srt.streamId"), secure::srtStreamId));
        TextField pass = field(new TextField(), t("setup.srt.passphrase"), shownPassphrase,
                secret(t("setup.srt.passphrase"), passphrase));
        pass.addClassName("srt-passphrase");
        TextField latency = field(new TextField(), t("setup.srt.latency"), Long.toString(secure.srtLatency().toMillis()),
                null);
        TextField keyLength = field(new TextField(), t("setup.srt.keyLength"), t("setup.srt.keyLength.value"), null);
        Div vmix = new Div(host, port, streamId, pass, latency, keyLength);
        vmix.addClassName("srt-fields");
        Div way = new Div(note("setup.srt.hint", "callout-info", VaadinIcon.LOCK), url, vmix);
        way.addClassName("way");
        return way;
    }

    /** Server, Stream key and the full URL (OBS, vMix and most hardware encoders for RTMP and RTMPS). */
    private Div server(String serverUrl, String maskedKey) {
        String key = revealedKey != null ? revealedKey : maskedKey;
        TextArea server = field(area(), t("setup.server"), serverUrl, copy(t("setup.server"), () -> serverUrl));
        TextField keyField = field(new TextField(), t("setup.key"), key, secret(t("setup.key"), realKey));
        keyField.addClassName("stream-key");
        TextArea full = field(area(), t("setup.fullUrl"), serverUrl + "/" + key,
                secret(t("setup.fullUrl"), () -> serverUrl + "/" + realKey.get()));
        Div way = new Div(server, keyField, full);
        way.addClassName("way");
        return way;
    }

    private Div note(String key, String variant, VaadinIcon icon) {
        Div note = new Div(icon.create(), new Paragraph(t(key)));
        note.addClassNames("callout", variant, "way-note");
        note.getElement().setAttribute("role", "note");
        return note;
    }

    private @Nullable Button secret(String what, Supplier<String> value) {
        return impersonating ? null : new CopyButton(what, value);
    }

    private static Button copy(String what, Supplier<String> value) {
        return new CopyButton(what, value);
    }

    private String t(String key) {
        return owner.getTranslation(key);
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

    /** One line where the value fits, more where it wraps (a phone shows URLs in full). */
    private static TextArea area() {
        TextArea area = new TextArea();
        area.setMinRows(1);
        return area;
    }
}

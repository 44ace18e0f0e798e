package com.example.backupingest.portal.streamsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.StreamKeys;
import com.example.backupingest.portal.base.ViewTestSupport;
import com.example.backupingest.portal.security.WithPortalUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.SecureWays;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Duration;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StreamSetupViewTest extends ViewTestSupport {

    static final String KEY_A = "sk-main-primary-7f3a9c2e";
    static final String KEY_B = "sk-main-backup-1b2c3d4e";

    @Autowired
    StreamSetupService setup;

    static final String FINGERPRINT = "AB:CD:" + "00:".repeat(29) + "EF";

    static SecureWays secure(String host, int srtPort, String key) {
        return new SecureWays("rtmps://" + host + ":1945/live", FINGERPRINT, host, srtPort, "c1",
                StreamKeys.mask(SrtPassphrases.of(key)), Duration.ofSeconds(2));
    }

    @BeforeEach
    void contents() {
        when(setup.contents()).thenReturn(List.of(new ContentSetup("c1", "Main stage", List.of(
                new IngestEndpoint(Entrypoint.PRIMARY, "rtmp://ingest-a.example/live", StreamKeys.mask(KEY_A),
                        secure("ingest-a.example", 9000, KEY_A)),
                new IngestEndpoint(Entrypoint.BACKUP, "rtmp://ingest-b.example/live", StreamKeys.mask(KEY_B),
                        secure("ingest-b.example", 9001, KEY_B))))));
        when(setup.revealKey("c1", Entrypoint.PRIMARY)).thenReturn(KEY_A);
        when(setup.revealKey("c1", Entrypoint.BACKUP)).thenReturn(KEY_B);
    }

    private List<String> keyFieldValues() {
        return find(TextField.class).withClassName("stream-key").all().stream().map(TextField::getValue).toList();
    }

    private boolean anyFieldShows(String secret) {
        return Stream.concat(find(TextField.class).all().stream().map(TextField::getValue),
                find(TextArea.class).all().stream().map(TextArea::getValue)).anyMatch(v -> v.contains(secret));
    }

    @Test
    @WithPortalUser
    void keys_are_masked_until_the_customer_reveals_them_and_hidden_again() {
        navigate(StreamSetupView.class);
        assertThat(keyFieldValues()).containsExactly(StreamKeys.mask(KEY_A), StreamKeys.mask(KEY_B));
        assertThat(anyFieldShows(KEY_A)).isFalse();

        test(find(Button.class).withText("Reveal key and passphrase").first()).click();
        assertThat(keyFieldValues()).containsExactly(KEY_A, StreamKeys.mask(KEY_B));
        assertThat(find(TextArea.class).withValue("rtmps://ingest-a.example:1945/live/" + KEY_A).exists()).isTrue();

        test(find(Button.class).withText("Hide key and passphrase").single()).click();
        assertThat(anyFieldShows(KEY_A)).isFalse();
    }

    @Test
    @WithPortalUser
    void each_entrypoint_offers_rtmps_first_then_srt_for_obs_and_vmix_then_plain_rtmp_with_a_warning() {
        navigate(StreamSetupView.class);
        List<RadioButtonGroup<EndpointPanel.Way>> ways = waysGroups();
        assertThat(ways).hasSize(2);
        RadioButtonGroup<EndpointPanel.Way> a = ways.getFirst();
        assertThat(a.getLabel()).isEqualTo("Ways to send to Ingest server A (primary)");
        assertThat(a.getListDataView().getItems().map(a.getItemLabelGenerator()))
                .containsExactly("RTMPS · encrypted", "SRT · encrypted, for shaky lines", "RTMP · not encrypted");
        assertThat(a.getValue()).as("the encrypted way is what a customer sees first").isEqualTo(EndpointPanel.Way.RTMPS);
        assertThat(find(TextArea.class).withClassName("fingerprint").first().getValue()).isEqualTo(FINGERPRINT);

        test(a).selectItem("SRT · encrypted, for shaky lines");
        String passphrase = SrtPassphrases.of(KEY_A);
        assertThat(find(TextArea.class).withClassName("srt-url").first().getValue()).isEqualTo(
                "srt://ingest-a.example:9000?streamid=c1&passphrase=" + StreamKeys.mask(passphrase) + "&latency=2000000");
        assertThat(find(TextField.class).withCaption("Hostname").first().getValue()).isEqualTo("ingest-a.example");
        assertThat(find(TextField.class).withCaption("Port").first().getValue()).isEqualTo("9000");
        assertThat(find(TextField.class).withCaption("Stream ID").first().getValue()).isEqualTo("c1");
        assertThat(find(TextField.class).withCaption("Latency (ms)").first().getValue()).isEqualTo("2000");
        assertThat(anyFieldShows(passphrase)).isFalse();

        test(find(Button.class).withText("Reveal key and passphrase").first()).click();
        assertThat(find(TextField.class).withClassName("srt-passphrase").first().getValue()).isEqualTo(passphrase);
        assertThat(find(TextArea.class).withClassName("srt-url").first().getValue()).contains("&passphrase=" + passphrase);

        test(waysGroups().getFirst()).selectItem("RTMP · not encrypted");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withTextContaining("Not encrypted").exists())
                .isTrue();
        assertThat(find(TextArea.class).withValue("rtmp://ingest-a.example/live/" + KEY_A).exists()).isTrue();
    }

    @Test
    @WithPortalUser(impersonatedBy = "sam")
    void while_support_impersonates_keys_stay_masked_and_cannot_be_revealed_copied_or_regenerated() {
        navigate(StreamSetupView.class);
        assertThat(keyFieldValues()).containsExactly(StreamKeys.mask(KEY_A), StreamKeys.mask(KEY_B));
        assertThat(find(Button.class).withText("Reveal key and passphrase").exists()).isFalse();
        assertThat(find(Button.class).withText("Regenerate key").exists()).isFalse();
        assertThat(find(Button.class).withAriaLabel("Copy Stream key").exists()).isFalse();
        assertThat(find(Button.class).withAriaLabel("Copy Full URL").exists()).isFalse();
        assertThat(find(Button.class).withAriaLabel("Copy Server").all()).hasSize(2);
        test(waysGroups().getFirst()).selectItem("SRT · encrypted, for shaky lines");
        assertThat(find(Button.class).withAriaLabel("Copy Passphrase").exists()).isFalse();
        assertThat(find(Button.class).withAriaLabel("Copy Server (OBS: whole URL)").exists()).isFalse();
        assertThat(find(Button.class).withAriaLabel("Copy Stream ID").exists()).as("the content id is no secret").isTrue();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                .withTextContaining("Stream keys are the customer’s secret").exists()).isTrue();
        verify(setup, never()).revealKey(any(), any());
    }

    @Test
    @WithPortalUser
    void without_the_add_on_only_the_primary_entrypoint_and_a_booking_prompt_are_shown() {
        when(setup.contents()).thenReturn(List.of(new ContentSetup("c1", "Main stage", List.of(
                new IngestEndpoint(Entrypoint.PRIMARY, "rtmp://ingest-a.example/live", StreamKeys.mask(KEY_A))))));
        navigate(StreamSetupView.class);
        assertThat(keyFieldValues()).containsExactly(StreamKeys.mask(KEY_A));
        assertThat(find(Button.class).withText("Book backup ingest").exists()).isTrue();
    }

    @Test
    @WithPortalUser
    void regenerating_asks_first_and_then_shows_the_new_masked_key() {
        when(setup.regenerateKey("c1", Entrypoint.PRIMARY)).thenReturn(
                new IngestEndpoint(Entrypoint.PRIMARY, "rtmp://ingest-a.example/live", StreamKeys.mask("sk-new-99zz")));
        navigate(StreamSetupView.class);
        test(find(Button.class).withText("Regenerate key").first()).click();
        verify(setup, never()).regenerateKey(any(), any());

        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();

        verify(setup).regenerateKey("c1", Entrypoint.PRIMARY);
        assertThat(keyFieldValues()).containsExactly(StreamKeys.mask("sk-new-99zz"), StreamKeys.mask(KEY_B));
    }

    /** Issue 16: each check on/off with 1-30 s; 0, 31 and text get an inline error and nothing is saved. */
    @Test
    @WithPortalUser
    void bad_seconds_for_a_check_get_an_inline_error_and_nothing_is_saved_good_ones_are_saved() {
        when(setup.checks("c1")).thenReturn(java.util.Optional.of(com.example.backupingest.monitor.api.ContentChecks.DEFAULT));
        navigate(StreamSetupView.class);
        TextField black = secondsField("BLACK");
        assertThat(black.getValue()).as("default").isEqualTo("2");
        // a short visible label (a long one was cut to "Seconds until it counts (Bla…"), the check in its name
        assertThat(black.getLabel()).isEqualTo("Seconds until it counts");
        assertThat(black.getAriaLabel()).hasValue("Seconds until it counts (Black picture (or no picture))");
        Button save = find(Button.class).withText("Save checks").single();

        for (String bad : List.of("0", "31", "two", "")) {
            test(black).setValue(bad);
            test(save).click();
            assertThat(black.isInvalid()).as(bad).isTrue();
            assertThat(black.getErrorMessage()).as(bad).isIn("Enter a value from 1 to 30 seconds.",
                    "Enter a whole number of seconds from 1 to 30.");
        }
        verify(setup, never()).saveChecks(any(), any());

        test(black).setValue("30");
        test(secondsField("SILENT")).setValue("1");
        com.vaadin.flow.component.checkbox.Checkbox frozen = find(com.vaadin.flow.component.checkbox.Checkbox.class).all()
                .stream().filter(c -> "FROZEN".equals(c.getElement().getAttribute("data-check"))).findFirst().orElseThrow();
        assertThat(frozen.getLabel()).isEqualTo("Frozen picture");
        test(frozen).click();
        test(save).click();
        assertThat(black.isInvalid()).isFalse();
        verify(setup).saveChecks("c1", new com.example.backupingest.monitor.api.ContentChecks(
                new com.example.backupingest.monitor.api.ContentChecks.Setting(true, java.time.Duration.ofSeconds(30)),
                new com.example.backupingest.monitor.api.ContentChecks.Setting(false, java.time.Duration.ofSeconds(2)),
                new com.example.backupingest.monitor.api.ContentChecks.Setting(true, java.time.Duration.ofSeconds(1))));
    }

    private TextField secondsField(String check) {
        return find(TextField.class).all().stream().filter(f -> check.equals(f.getElement().getAttribute("data-seconds")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<RadioButtonGroup<EndpointPanel.Way>> waysGroups() {
        return find(RadioButtonGroup.class).all().stream().map(g -> (RadioButtonGroup<EndpointPanel.Way>) g).toList();
    }
}

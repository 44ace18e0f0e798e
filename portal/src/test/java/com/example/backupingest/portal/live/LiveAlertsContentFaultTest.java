package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.ContentFault;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssues;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.api.StreamDetails;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.base.PortalI18NProvider;
import com.example.backupingest.portal.mail.MailMessage;
import com.example.backupingest.portal.mail.MailOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 16: a picture fault one ingest server shows alone is mailed with its fix; one both show (the programme) is not. */
class LiveAlertsContentFaultTest {

    private static final Instant NOW = Instant.parse("2026-12-07T19:00:00Z");
    private final MailOutbox outbox = mock(MailOutbox.class);
    private final Map<Entrypoint, EntrypointHealth> latest = new EnumMap<>(Entrypoint.class);
    private final LiveAlerts alerts;

    LiveAlertsContentFaultTest() {
        AlertSettingsRepository settings = mock(AlertSettingsRepository.class);
        when(settings.enabled(7)).thenReturn(true);
        AccountDirectory accounts = mock(AccountDirectory.class);
        when(accounts.find(7)).thenReturn(Optional.of(new AccountSummary(7, "K-7", "Kongress Media AG",
                "ops@kongress.example", "L", 2500, 4, Locale.ENGLISH)));
        FailoverWords words = new FailoverWords(new PortalI18NProvider());
        alerts = new LiveAlerts(settings, accounts, new AlertRateLimiter(Clock.systemUTC(), Duration.ofMinutes(10)),
                new AlertMailComposer("https://portal.example", Duration.ofMinutes(10), ZoneId.of("Europe/Berlin"),
                        words, id -> "Main stage"), outbox, new TransactionTemplate(mock(PlatformTransactionManager.class)),
                (content, entrypoint) -> Optional.ofNullable(latest.get(entrypoint)));
    }

    @Test
    void in_standby_a_black_picture_is_mailed_with_its_severity_and_fix() {
        alerts.on(new HealthChanged(7, "c1", black(Entrypoint.PRIMARY), NOW));

        ArgumentCaptor<MailMessage> mail = ArgumentCaptor.forClass(MailMessage.class);
        verify(outbox).enqueue(mail.capture());
        assertThat(mail.getValue().subject()).isEqualTo("Live alert: picture or sound problem on ingest server A (Main stage)");
        assertThat(mail.getValue().text()).contains("Warning: The picture is black (for 3 s). Check the camera");
    }

    @Test
    void black_on_both_ingest_servers_is_the_programme_and_mails_nothing() {
        latest.put(Entrypoint.BACKUP, black(Entrypoint.BACKUP));

        alerts.on(new HealthChanged(7, "c1", black(Entrypoint.PRIMARY), NOW));

        verify(outbox, never()).enqueue(any());
    }

    /** Publishing, its picture black for 3 s (threshold 2 s): the monitor's own checks find the issue. */
    private static EntrypointHealth black(Entrypoint entrypoint) {
        StreamDetails details = new StreamDetails(2500L, 128L, 2, 48000, false, null,
                List.of(new ActiveFault(ContentFault.PICTURE_BLACK, NOW.minusSeconds(3))), ContentChecks.DEFAULT);
        EntrypointHealth health = new EntrypointHealth("c1", entrypoint, HealthState.LIVE,
                "Publishing; segments are flowing", true, 2700L, 25.0, 1280, 720, "H264", "High", "AAC", "LC", true,
                Duration.ofSeconds(2), Map.of(), Duration.ofSeconds(1), NOW.minusSeconds(60), details, null, List.of());
        return health.withIssues(HealthIssues.standard().of(health, NOW));
    }
}

package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.base.PortalI18NProvider;
import com.example.backupingest.portal.mail.MailMessage;
import com.example.backupingest.portal.mail.MailOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16, acceptance 4: in standby the backup ingest server has no encoder until trouble comes; its DOWN
 * is no alarm (and so leaves the incident window to a real fault on A). In parallel mode it stays one.
 */
class LiveAlertsStandbyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");
    private final MailOutbox outbox = mock(MailOutbox.class);

    private LiveAlerts alerts(boolean standby) {
        AlertSettingsRepository settings = mock(AlertSettingsRepository.class);
        when(settings.enabled(7)).thenReturn(true);
        AccountDirectory accounts = mock(AccountDirectory.class);
        when(accounts.find(7)).thenReturn(Optional.of(new AccountSummary(7, "K-7", "Kongress Media AG",
                "ops@kongress.example", "L", 2500, 4, Locale.ENGLISH)));
        return new LiveAlerts(settings, accounts, new AlertRateLimiter(Clock.systemUTC(), Duration.ofMinutes(10)),
                new AlertMailComposer("https://portal.example", Duration.ofMinutes(10), ZoneId.of("Europe/Berlin"),
                        new FailoverWords(new PortalI18NProvider()), id -> "Main stage"), outbox,
                new TransactionTemplate(mock(PlatformTransactionManager.class)), (content, entrypoint) -> Optional.empty(),
                accountId -> standby && accountId == 7);
    }

    @Test
    void in_standby_the_backup_without_an_encoder_is_no_alarm() {
        alerts(true).on(new HealthChanged(7, "c1", down(Entrypoint.BACKUP), NOW));

        verify(outbox, never()).enqueue(any());
    }

    @Test
    void in_standby_the_primary_going_down_is_still_an_alarm() {
        alerts(true).on(new HealthChanged(7, "c1", down(Entrypoint.PRIMARY), NOW));

        ArgumentCaptor<MailMessage> mail = ArgumentCaptor.forClass(MailMessage.class);
        verify(outbox).enqueue(mail.capture());
        assertThat(mail.getValue().subject()).contains("ingest server A");
    }

    @Test
    void in_parallel_mode_the_backup_going_down_is_an_alarm() {
        alerts(false).on(new HealthChanged(7, "c1", down(Entrypoint.BACKUP), NOW));

        ArgumentCaptor<MailMessage> mail = ArgumentCaptor.forClass(MailMessage.class);
        verify(outbox).enqueue(mail.capture());
        assertThat(mail.getValue().subject()).contains("ingest server B");
    }

    private static EntrypointHealth down(Entrypoint entrypoint) {
        return new EntrypointHealth("c1", entrypoint, HealthState.DOWN,
                "No encoder publishes here while the other entrypoint receives the stream", false, null, null, null,
                null, null, null, null, null, false, null, Map.of(), null, null, null, null, List.of());
    }
}

package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.base.PortalI18NProvider;
import com.example.backupingest.portal.mail.MailMessage;
import com.example.backupingest.portal.mail.MailOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A killed encoder gives a DOWN and, a few milliseconds later or earlier, the edges' failover: the
 * DOWN mail (the incident's one mail) waits for the failover and says what the timeline says.
 */
class LiveAlertsWaitForFailoverTest {

    private static final Instant NOW = Instant.parse("2026-12-01T18:20:00Z");
    private final MailOutbox outbox = mock(MailOutbox.class);
    private final FailoverWords words = new FailoverWords(new PortalI18NProvider());
    private final LiveAlerts alerts = alerts(Duration.ofMillis(500));

    @AfterEach
    void close() {
        alerts.close();
    }

    private LiveAlerts alerts(Duration grace) {
        AlertSettingsRepository settings = mock(AlertSettingsRepository.class);
        when(settings.enabled(7)).thenReturn(true);
        AccountDirectory accounts = mock(AccountDirectory.class);
        when(accounts.find(7)).thenReturn(Optional.of(new AccountSummary(7, "K-7", "Kongress Media AG",
                "ops@kongress.example", "L", 2500, 4, Locale.GERMAN)));
        return new LiveAlerts(settings, accounts, new AlertRateLimiter(Clock.systemUTC(), Duration.ofMinutes(10)),
                new AlertMailComposer("https://portal.example", Duration.ofMinutes(10), ZoneId.of("Europe/Berlin"),
                        words, id -> "Hauptbühne"), outbox,
                new TransactionTemplate(mock(PlatformTransactionManager.class)), (content, entrypoint) -> Optional.empty(),
                accountId -> false, grace);
    }

    @Test
    void the_down_mail_waits_for_the_edges_failover_and_carries_its_sentence() {
        alerts.on(new HealthChanged(7, "c1", down(Entrypoint.PRIMARY), NOW));
        verify(outbox, never()).enqueue(any());

        FailoverHappened failover = new FailoverHappened(7, "c1", "edge-1", Entrypoint.PRIMARY, Entrypoint.BACKUP,
                FailoverCause.PUBLISHER_GONE, NOW, Duration.ZERO);
        alerts.on(failover);
        alerts.on(new FailoverHappened(7, "c1", "edge-2", Entrypoint.PRIMARY, Entrypoint.BACKUP,
                FailoverCause.PUBLISHER_GONE, NOW, Duration.ZERO));

        ArgumentCaptor<MailMessage> mail = ArgumentCaptor.forClass(MailMessage.class);
        verify(outbox).enqueue(mail.capture());
        assertThat(mail.getValue().subject()).isEqualTo("Live-Alarm: Eingangsserver A ausgefallen (Hauptbühne)");
        assertThat(mail.getValue().text()).contains(
                "Der Encoder an Eingangsserver A sendet nicht mehr: Die Zuschauer sehen jetzt Eingangsserver B.");
        verify(outbox, after(1_000).times(1)).enqueue(any()); // the grace ends: still one mail
    }

    @Test
    void without_a_failover_the_down_mail_goes_after_the_grace_without_a_claim_about_viewers() {
        alerts.on(new HealthChanged(7, "c1", down(Entrypoint.BACKUP), NOW));

        ArgumentCaptor<MailMessage> mail = ArgumentCaptor.forClass(MailMessage.class);
        verify(outbox, timeout(2_000)).enqueue(mail.capture());
        assertThat(mail.getValue().subject()).contains("Eingangsserver B");
        assertThat(mail.getValue().text()).doesNotContain("Zuschauer");
    }

    @Test
    void with_no_grace_the_down_mail_goes_at_once() {
        LiveAlerts immediate = alerts(Duration.ZERO);
        immediate.on(new HealthChanged(7, "c1", down(Entrypoint.PRIMARY), NOW));
        verify(outbox).enqueue(any());
        immediate.close();
    }

    private static EntrypointHealth down(Entrypoint entrypoint) {
        return new EntrypointHealth("c1", entrypoint, HealthState.DOWN, "No encoder publishes", false, null, null,
                null, null, null, null, null, null, false, null, Map.<Rendition, Double>of(), null, NOW);
    }
}

package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.event.FailoverHappened;
import com.example.backupingest.monitor.event.HealthChanged;
import com.example.backupingest.monitor.event.MonitorEvent;
import com.example.backupingest.monitor.health.HealthState;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.mail.MailMessage;
import com.example.backupingest.portal.mail.MailOutbox;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alert mails for accounts that opted in: an entrypoint went DOWN during a broadcast, or an edge
 * failed over (not the initial choice, not a drill). One mail per content per incident window;
 * written to the outbox in a transaction, so it is sent like every other portal mail.
 */
final class LiveAlerts {

    private final AlertSettingsRepository settings;
    private final AccountDirectory accounts;
    private final AlertRateLimiter limiter;
    private final AlertMailComposer composer;
    private final MailOutbox outbox;
    private final TransactionTemplate transactions;

    LiveAlerts(AlertSettingsRepository settings, AccountDirectory accounts, AlertRateLimiter limiter,
            AlertMailComposer composer, MailOutbox outbox, TransactionTemplate transactions) {
        this.settings = settings;
        this.accounts = accounts;
        this.limiter = limiter;
        this.composer = composer;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    void on(MonitorEvent event) {
        switch (event) {
            case HealthChanged changed when changed.health().state() == HealthState.DOWN ->
                    alert(changed.accountId(), changed.contentId()).ifPresent(a -> send(composer.down(a, changed)));
            case FailoverHappened failover when failover.from() != null && !failover.drill() ->
                    alert(failover.accountId(), failover.contentId()).ifPresent(a -> send(composer.failover(a, failover)));
            default -> {
            }
        }
    }

    /** The account, when it opted in and this content's incident window is open. */
    private Optional<AccountSummary> alert(long accountId, String contentId) {
        if (!settings.enabled(accountId)) {
            return Optional.empty();
        }
        return accounts.find(accountId).filter(a -> limiter.tryAcquire(contentId));
    }

    private void send(MailMessage message) {
        transactions.executeWithoutResult(status -> outbox.enqueue(message));
    }
}

package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.mail.MailMessage;
import com.example.backupingest.portal.mail.MailOutbox;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.HealthIssues;
import com.example.backupingest.monitor.api.IssueCode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alert mails for accounts that opted in: an entrypoint went DOWN during a broadcast, or an edge
 * failed over (not the initial choice, not a drill). One mail per content per incident window;
 * written to the outbox in a transaction, so it is sent like every other portal mail. A DOWN mail
 * waits a moment for the edges' failover event and then carries the timeline's sentence for it.
 */
final class LiveAlerts implements AutoCloseable {

    private static final HealthIssues ISSUES = HealthIssues.standard();
    private static final Set<IssueCode> CONTENT_FAULTS = EnumSet.of(IssueCode.PICTURE_BLACK, IssueCode.PICTURE_FROZEN,
            IssueCode.AUDIO_SILENT, IssueCode.AUDIO_MISSING, IssueCode.VIDEO_MISSING);

    private final AlertSettingsRepository settings;
    private final AccountDirectory accounts;
    private final AlertRateLimiter limiter;
    private final AlertMailComposer composer;
    private final MailOutbox outbox;
    private final TransactionTemplate transactions;
    private final BiFunction<String, Entrypoint, Optional<EntrypointHealth>> health;
    private final LongPredicate standby;
    private final Duration grace;
    private final @Nullable ScheduledExecutorService timer;
    /** Per content: an incident's DOWN mail waiting (at most {@code grace}) for the edges' failover. */
    private final Map<String, PendingDown> pending = new ConcurrentHashMap<>();

    LiveAlerts(AlertSettingsRepository settings, AccountDirectory accounts, AlertRateLimiter limiter,
            AlertMailComposer composer, MailOutbox outbox, TransactionTemplate transactions) {
        this(settings, accounts, limiter, composer, outbox, transactions, (content, entrypoint) -> Optional.empty());
    }

    /** {@code health}: the latest health of the other entrypoint, for the rule "a fault both show is the programme". */
    LiveAlerts(AlertSettingsRepository settings, AccountDirectory accounts, AlertRateLimiter limiter,
            AlertMailComposer composer, MailOutbox outbox, TransactionTemplate transactions,
            BiFunction<String, Entrypoint, Optional<EntrypointHealth>> health) {
        this(settings, accounts, limiter, composer, outbox, transactions, health, accountId -> false);
    }

    /**
     * {@code standby}: whether an account booked STANDBY. There the backup ingest server receives only when
     * trouble comes, so its DOWN (no encoder while A receives) is the normal state, not an incident: mailing
     * it would also take the content's incident window from the warning a black picture on A must give.
     */
    LiveAlerts(AlertSettingsRepository settings, AccountDirectory accounts, AlertRateLimiter limiter,
            AlertMailComposer composer, MailOutbox outbox, TransactionTemplate transactions,
            BiFunction<String, Entrypoint, Optional<EntrypointHealth>> health, LongPredicate standby) {
        this(settings, accounts, limiter, composer, outbox, transactions, health, standby, Duration.ZERO);
    }

    /**
     * {@code grace}: how long a DOWN mail waits for the edges' failover event of the same incident, so
     * that the one mail of the incident says what the timeline says (the DOWN usually arrives first and
     * takes the incident window). Zero: the DOWN mail goes at once, without the timeline's sentence.
     */
    LiveAlerts(AlertSettingsRepository settings, AccountDirectory accounts, AlertRateLimiter limiter,
            AlertMailComposer composer, MailOutbox outbox, TransactionTemplate transactions,
            BiFunction<String, Entrypoint, Optional<EntrypointHealth>> health, LongPredicate standby, Duration grace) {
        this.grace = grace;
        this.timer = grace.isPositive() ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "live-alerts-grace");
            t.setDaemon(true);
            return t;
        }) : null;
        this.standby = standby;
        this.health = health;
        this.settings = settings;
        this.accounts = accounts;
        this.limiter = limiter;
        this.composer = composer;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    void on(MonitorEvent event) {
        switch (event) {
            case HealthChanged changed when changed.health().state() == HealthState.DOWN
                    && changed.health().entrypoint() == Entrypoint.BACKUP && standby.test(changed.accountId()) -> {
            }
            case HealthChanged changed when changed.health().state() == HealthState.DOWN ->
                    alert(changed.accountId(), changed.contentId()).ifPresent(a -> down(a, changed));
            case HealthChanged changed when !contentFaults(changed).isEmpty() ->
                    alert(changed.accountId(), changed.contentId()).ifPresent(a -> send(composer.issues(a, changed,
                            contentFaults(changed))));
            case FailoverHappened failover when failover.from() != null && !failover.drill() -> {
                PendingDown waiting = pending.remove(failover.contentId());
                if (waiting != null) {
                    // the incident's DOWN mail, now with what the edges did about it (the timeline's row)
                    send(composer.down(waiting.account(), waiting.event(),
                            waiting.event().health().entrypoint() == failover.from() ? failover : null));
                } else {
                    alert(failover.accountId(), failover.contentId()).ifPresent(a -> send(composer.failover(a, failover)));
                }
            }
            default -> {
            }
        }
    }

    private void down(AccountSummary account, HealthChanged event) {
        if (timer == null) {
            send(composer.down(account, event, null));
            return;
        }
        PendingDown waiting = new PendingDown(account, event);
        pending.put(event.contentId(), waiting);
        timer.schedule(() -> {
            if (pending.remove(event.contentId(), waiting)) {
                send(composer.down(account, event, null)); // no edge moved: nothing to add
            }
        }, grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends the DOWN mails still waiting for their failover, and stops the timer. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            pending.keySet().forEach(content -> {
                PendingDown waiting = pending.remove(content);
                if (waiting != null) {
                    send(composer.down(waiting.account(), waiting.event(), null));
                }
            });
        }
    }

    private record PendingDown(AccountSummary account, HealthChanged event) {
    }

    /**
     * The entrypoint's issues when one of them is a picture or sound fault it shows alone (the relative
     * rule: what both show is the programme, no alert); empty otherwise.
     */
    private List<HealthIssue> contentFaults(HealthChanged changed) {
        EntrypointHealth own = changed.health();
        if (!own.publishing() || own.issues().stream().noneMatch(i -> CONTENT_FAULTS.contains(i.code()))) {
            return List.of();
        }
        EntrypointHealth other = health.apply(changed.contentId(), own.entrypoint().other()).orElse(null);
        HealthIssues.View view = own.entrypoint() == Entrypoint.PRIMARY ? ISSUES.view(own, other, changed.at())
                : ISSUES.view(other, own, changed.at());
        List<HealthIssue> issues = view.of(own.entrypoint());
        return issues.stream().anyMatch(i -> CONTENT_FAULTS.contains(i.code())) ? issues : List.of();
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

package com.example.backupingest.portal.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Backlog of the mail outbox, read from {@code outbox_mail} at scrape time: mails waiting
 * (PENDING), given up (FAILED), and the attempts spent on unsent mails (retries pile up here
 * while SMTP is down).
 */
final class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {"PENDING", "FAILED"}) {
            Gauge.builder("portal.outbox.mails", () -> count(status)).description("Mails in the outbox by status")
                    .tag("status", status.toLowerCase()).register(registry);
        }
        Gauge.builder("portal.outbox.attempts", this::unsentAttempts)
                .description("Delivery attempts spent on mails not sent yet").register(registry);
    }

    private long count(String status) {
        return jdbc.sql("select count(*) from outbox_mail where status = ?").param(status).query(Long.class).single();
    }

    private long unsentAttempts() {
        return jdbc.sql("select coalesce(sum(attempts), 0) from outbox_mail where status <> 'SENT'")
                .query(Long.class).single();
    }
}

package com.example.backupingest.portal.live;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL over {@code live_alert_settings}; no row means alerts are off. */
final class AlertSettingsRepository {

    private final JdbcClient jdbc;

    AlertSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean enabled(long accountId) {
        return jdbc.sql("select enabled from live_alert_settings where account_id = ?").param(accountId)
                .query(Boolean.class).optional().orElse(false);
    }

    void set(long accountId, boolean enabled, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("update live_alert_settings set enabled = ?, updated_at = ? where account_id = ?")
                .params(enabled, at, accountId).update();
        if (updated == 0) {
            jdbc.sql("insert into live_alert_settings (account_id, enabled, updated_at) values (?, ?, ?)")
                    .params(accountId, enabled, at).update();
        }
    }
}

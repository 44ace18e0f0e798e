package com.example.backupingest.portal.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code outbox_mail} through plain JDBC. Every state change is a single UPDATE guarded by the
 * row's version, so two relays (threads or instances) can never both own the same mail.
 */
class OutboxRepository {

    private static final String COLUMNS = "id, created_at, recipient, subject, body_html, body_text, status, "
            + "attempts, next_attempt_at, last_error, sent_at, version";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction when there is one (DataSourceUtils), which the outbox relies on. */
    void insert(MailMessage message, Instant now) {
        jdbc.sql("INSERT INTO outbox_mail (created_at, recipient, subject, body_html, body_text, status, attempts, "
                        + "next_attempt_at, version) VALUES (:now, :to, :subject, :html, :text, 'PENDING', 0, :now, 0)")
                .param("now", utc(now)).param("to", message.to()).param("subject", message.subject())
                .param("html", message.html()).param("text", message.text())
                .update();
    }

    /** PENDING rows that are due, and SENDING rows whose claim expired (their relay died). Oldest first. */
    List<OutboxMail> findDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_mail WHERE status IN ('PENDING', 'SENDING') "
                        + "AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", utc(now)).param("limit", limit)
                .query(OutboxRepository::row).list();
    }

    /** Reserves the row until {@code claimedUntil}; true only for the one caller whose version still matched. */
    boolean claim(OutboxMail mail, Instant claimedUntil) {
        return jdbc.sql("UPDATE outbox_mail SET status = 'SENDING', next_attempt_at = :until, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .param("until", utc(claimedUntil)).param("id", mail.id()).param("version", mail.version())
                .update() == 1;
    }

    /** @param claimedVersion the version after {@link #claim} */
    boolean markSent(long id, int claimedVersion, Instant now) {
        return jdbc.sql("UPDATE outbox_mail SET status = 'SENT', sent_at = :now, attempts = attempts + 1, "
                        + "last_error = NULL, version = version + 1 WHERE id = :id AND version = :version")
                .param("now", utc(now)).param("id", id).param("version", claimedVersion)
                .update() == 1;
    }

    /** Records a failed attempt: back to PENDING at {@code nextAttemptAt}, or FAILED for good. */
    boolean markAttemptFailed(long id, int claimedVersion, OutboxStatus status, Instant nextAttemptAt, String error) {
        return jdbc.sql("UPDATE outbox_mail SET status = :status, attempts = attempts + 1, next_attempt_at = :next, "
                        + "last_error = :error, version = version + 1 WHERE id = :id AND version = :version")
                .param("status", status.name()).param("next", utc(nextAttemptAt)).param("error", error)
                .param("id", id).param("version", claimedVersion)
                .update() == 1;
    }

    /** Not SENT yet, oldest first: what support should look at when mails do not arrive. */
    List<OutboxMail> findUndelivered(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_mail WHERE status <> 'SENT' ORDER BY created_at, id "
                        + "LIMIT :limit")
                .param("limit", limit).query(OutboxRepository::row).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OutboxMail row(ResultSet rs, int rowNum) throws SQLException {
        var message = new MailMessage(rs.getString("recipient"), rs.getString("subject"), rs.getString("body_html"),
                rs.getString("body_text"));
        return new OutboxMail(rs.getLong("id"), Objects.requireNonNull(instant(rs, "created_at")), message,
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Objects.requireNonNull(instant(rs, "next_attempt_at")),
                rs.getString("last_error"), instant(rs, "sent_at"), rs.getInt("version"));
    }
}

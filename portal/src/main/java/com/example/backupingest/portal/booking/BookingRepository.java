package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL over {@code booking} and {@code booking_revision}. JdbcClient instead of JPA: the "one
 * active booking per account" rule lives in a unique column ({@code active_account_id}) and
 * the writes are a handful of explicit statements, which plain SQL shows best.
 */
@Repository
class BookingRepository {

    private static final String COLUMNS = "id, account_id, reference, mode, status, extra_slots, created_at,"
            + " updated_at, cancelled_at, last_changed_by, last_changed_by_agent, version";

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BookingRow> findActive(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from booking where active_account_id = ?")
                .param(accountId).query(BookingRepository::map).optional();
    }

    BookingRow get(long id) {
        return jdbc.sql("select " + COLUMNS + " from booking where id = ?").param(id).query(BookingRepository::map)
                .single();
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the account already has an active booking */
    long insertActive(long accountId, BookingMode mode, int extraSlots, Instant now, Actor actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into booking (account_id, mode, status, active_account_id, extra_slots, created_at,"
                        + " updated_at, last_changed_by, last_changed_by_agent, version)"
                        + " values (?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, 0)")
                .params(accountId, mode.name(), accountId, extraSlots, utc(now), utc(now), actor.username(),
                        actor.supportAgent())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Long.class));
    }

    void setReference(long id, String reference) {
        jdbc.sql("update booking set reference = ? where id = ?").params(reference, id).update();
    }

    void change(BookingRow row, BookingMode mode, int extraSlots, Instant now, Actor actor) {
        int updated = jdbc.sql("update booking set mode = ?, extra_slots = ?, updated_at = ?, last_changed_by = ?,"
                        + " last_changed_by_agent = ?, version = version + 1"
                        + " where id = ? and version = ? and status = 'ACTIVE'")
                .params(mode.name(), extraSlots, utc(now), actor.username(), actor.supportAgent(), row.id(),
                        row.version())
                .update();
        requireOne(updated, row);
    }

    void cancel(BookingRow row, Instant now, Actor actor) {
        int updated = jdbc.sql("update booking set status = 'CANCELLED', active_account_id = null, updated_at = ?,"
                        + " cancelled_at = ?, last_changed_by = ?, last_changed_by_agent = ?, version = version + 1"
                        + " where id = ? and version = ? and status = 'ACTIVE'")
                .params(utc(now), utc(now), actor.username(), actor.supportAgent(), row.id(), row.version())
                .update();
        requireOne(updated, row);
    }

    void addRevision(long bookingId, Instant at, BookingAction action, BookingMode mode, List<String> names,
            int extraSlots, Money net, Money gross, Actor actor) {
        jdbc.sql("insert into booking_revision (booking_id, at, action, mode, content_names, extra_slots, net,"
                        + " gross, currency, actor, actor_agent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(bookingId, utc(at), action.name(), mode.name(), String.join("\n", names), extraSlots,
                        net.amount(), gross.amount(), gross.currency().getCurrencyCode(), actor.username(),
                        actor.supportAgent())
                .update();
    }

    List<String> latestContentNames(long bookingId) {
        return jdbc.sql("select content_names from booking_revision where booking_id = ?"
                        + " order by at desc, id desc fetch first 1 rows only")
                .param(bookingId).query(String.class).optional()
                .map(BookingRepository::splitNames).orElse(List.of());
    }

    /** Every revision of every booking of the account, newest first. */
    List<BookingHistoryEntry> history(long accountId) {
        return jdbc.sql("select r.at, r.action, b.reference, r.mode, r.content_names, r.extra_slots, r.gross,"
                        + " r.currency, r.actor, r.actor_agent from booking_revision r"
                        + " join booking b on b.id = r.booking_id where b.account_id = ?"
                        + " order by r.at desc, r.id desc")
                .param(accountId)
                .query((rs, row) -> new BookingHistoryEntry(instant(rs, "at"),
                        BookingAction.valueOf(rs.getString("action")), rs.getString("reference"),
                        BookingMode.valueOf(rs.getString("mode")), splitNames(rs.getString("content_names")),
                        rs.getInt("extra_slots"),
                        new Money(rs.getBigDecimal("gross"), Currency.getInstance(rs.getString("currency"))),
                        new Actor(rs.getString("actor"), rs.getString("actor_agent"))))
                .list();
    }

    private static void requireOne(int updated, BookingRow row) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("booking " + row.reference() + " changed meanwhile");
        }
    }

    private static List<String> splitNames(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static BookingRow map(ResultSet rs, int row) throws SQLException {
        return new BookingRow(rs.getLong("id"), rs.getLong("account_id"), rs.getString("reference"),
                BookingMode.valueOf(rs.getString("mode")), BookingStatus.valueOf(rs.getString("status")),
                rs.getInt("extra_slots"), instant(rs, "created_at"), instant(rs, "updated_at"),
                nullableInstant(rs, "cancelled_at"), rs.getString("last_changed_by"),
                rs.getString("last_changed_by_agent"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(nullableInstant(rs, column), column);
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

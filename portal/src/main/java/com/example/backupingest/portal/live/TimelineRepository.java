package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL over {@code failover_event}. Every read names the account: no query can cross accounts. */
final class TimelineRepository {

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FailoverHappened e) {
        jdbc.sql("insert into failover_event (account_id, content_id, edge_id, from_entrypoint, to_entrypoint,"
                        + " cause, failover_cause, drill, at, detection_millis) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.accountId(), e.contentId(), e.edgeId(), name(e.from()), name(e.to()), e.cause().name(),
                        e.cause().name(), e.drill(), OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC),
                        e.detection().toMillis())
                .update();
    }

    void insertSeatsFull(long accountId, TimelineEntry e) {
        jdbc.sql("insert into failover_event (account_id, content_id, edge_id, cause, drill, at, detection_millis,"
                        + " kind) values (?, ?, ?, ?, false, ?, 0, 'SEATS_FULL')")
                .params(accountId, e.contentId(), e.edgeId(), "seats:" + e.seats(),
                        OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC))
                .update();
    }

    /** Newest first (the order the timeline groups them in). */
    List<TimelineEntry> recent(long accountId, String contentId, int limit) {
        return jdbc.sql("select * from failover_event where account_id = ? and content_id = ?"
                        + " order by at desc, id desc fetch first " + limit + " rows only")
                .params(accountId, contentId)
                .query(TimelineRepository::map)
                .list();
    }

    private static TimelineEntry map(ResultSet rs, int row) throws SQLException {
        if (TimelineEntry.Kind.SEATS_FULL.name().equals(rs.getString("kind"))) {
            String cause = rs.getString("cause");
            int seats = cause.startsWith("seats:") ? Integer.parseInt(cause.substring(6)) : 0;
            return TimelineEntry.seatsFull(rs.getObject("at", OffsetDateTime.class).toInstant(),
                    rs.getString("content_id"), seats);
        }
        return new TimelineEntry(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("content_id"),
                rs.getString("edge_id"), entrypoint(rs.getString("from_entrypoint")),
                entrypoint(rs.getString("to_entrypoint")), cause(rs.getString("failover_cause")),
                Duration.ofMillis(rs.getLong("detection_millis")));
    }

    private static @Nullable String name(@Nullable Entrypoint e) {
        return e == null ? null : e.name();
    }

    private static @Nullable Entrypoint entrypoint(@Nullable String name) {
        return name == null ? null : Entrypoint.valueOf(name);
    }

    private static @Nullable FailoverCause cause(@Nullable String name) {
        return name == null ? null : FailoverCause.valueOf(name);
    }
}

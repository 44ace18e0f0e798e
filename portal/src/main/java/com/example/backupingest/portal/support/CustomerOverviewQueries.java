package com.example.backupingest.portal.support;

import com.example.backupingest.portal.support.CustomerOverview.AddOn;
import com.example.backupingest.portal.support.CustomerOverview.RecentBooking;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only SQL over booking and content for one account (never writes). */
@Repository
class CustomerOverviewQueries {

    private final JdbcClient jdbc;

    CustomerOverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AddOn> activeAddOn(long accountId) {
        return jdbc.sql("select reference, mode, extra_slots, created_at from booking where active_account_id = ?")
                .param(accountId)
                .query((rs, row) -> new AddOn(rs.getString("reference"), rs.getString("mode"),
                        rs.getInt("extra_slots"), instant(rs, "created_at")))
                .optional();
    }

    int activeContents(long accountId) {
        return jdbc.sql("select count(*) from content where account_id = ? and active = true").param(accountId)
                .query(Integer.class).single();
    }

    List<RecentBooking> recentBookings(long accountId, int limit) {
        return jdbc.sql("select r.at, r.action, b.reference, r.mode, r.actor, r.actor_agent from booking_revision r"
                        + " join booking b on b.id = r.booking_id where b.account_id = ?"
                        + " order by r.at desc, r.id desc fetch first " + limit + " rows only")
                .param(accountId)
                .query((rs, row) -> new RecentBooking(instant(rs, "at"), rs.getString("action"),
                        rs.getString("reference"), rs.getString("mode"), rs.getString("actor"),
                        rs.getString("actor_agent")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

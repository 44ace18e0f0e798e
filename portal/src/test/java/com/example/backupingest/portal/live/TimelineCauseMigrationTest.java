package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Timeline rows stored before the cause became a type (the monitor's English sentence in
 * {@code cause}) stay readable after V8: each gets its type, and the Live page words it like a
 * new one.
 */
class TimelineCauseMigrationTest {

    @TempDir Path folder;

    @Test
    void rows_with_the_old_cause_sentences_get_their_typed_cause() {
        JdbcDataSource db = new JdbcDataSource();
        // a file, like the portal's own database (in memory, H2 reported the database closed when the
        // check constraints ran after Flyway's connection had ended)
        db.setURL("jdbc:h2:file:" + folder.resolve("portal"));
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("7").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("insert into account (number, company_name, contact_email, base_plan, viewer_seats, livestream_slots,"
                + " locale) values ('K-1', 'Alt GmbH', 'a@example.com', 'S', 100, 2, 'de')").update();
        long account = jdbc.sql("select id from account").query(Long.class).single();
        old(jdbc, account, 1, null, "PRIMARY", "start on primary", false);
        old(jdbc, account, 2, "PRIMARY", "BACKUP", "publisher gone on A", false);
        old(jdbc, account, 3, "BACKUP", null, "no new segment on B for 3.2 s; A not clean either", false);
        old(jdbc, account, 4, null, "PRIMARY", "resumed on A: clean again after both were down", false);
        old(jdbc, account, 5, "PRIMARY", "BACKUP", "drill", true);
        old(jdbc, account, 6, "BACKUP", "PRIMARY", "something a newer monitor said", false);
        jdbc.sql("insert into failover_event (account_id, content_id, edge_id, cause, drill, at, detection_millis, kind)"
                + " values (?, 'c1', '-', 'seats:100', false, timestamp with time zone '2026-01-01 10:00:07+00', 0,"
                + " 'SEATS_FULL')").param(account).update();

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        var rows = new TimelineRepository(jdbc).recent(account, "c1", 50);
        assertThat(rows).extracting(TimelineEntry::cause).containsExactly(null, null, FailoverCause.DRILL,
                FailoverCause.RESUMED, FailoverCause.STALL, FailoverCause.PUBLISHER_GONE, FailoverCause.START);
        assertThat(rows.getFirst().kind()).isEqualTo(TimelineEntry.Kind.SEATS_FULL);
        assertThat(rows.getFirst().seats()).isEqualTo(100);
        assertThat(rows.get(1).kind()).as("an unknown sentence stays a failover without a type")
                .isEqualTo(TimelineEntry.Kind.FAILOVER);
        assertThat(rows.get(4).to()).as("both down").isNull();
        assertThat(rows.get(4).from()).isEqualTo(Entrypoint.BACKUP);
    }

    private static void old(JdbcClient jdbc, long account, int second, String from, String to, String cause,
            boolean drill) {
        jdbc.sql("insert into failover_event (account_id, content_id, edge_id, from_entrypoint, to_entrypoint, cause,"
                        + " drill, at, detection_millis) values (?, 'c1', 'edge-1', " + literal(from) + ", "
                        + literal(to) + ", ?, ?, timestamp with time zone '2026-01-01 10:00:0" + second + "+00', 400)")
                .params(account, cause, drill).update();
    }

    private static String literal(String entrypoint) {
        return entrypoint == null ? "null" : "'" + entrypoint + "'";
    }
}

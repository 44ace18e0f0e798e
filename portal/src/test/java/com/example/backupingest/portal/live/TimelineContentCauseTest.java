package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every cause an edge can name, content faults included (issue 16), is stored as a timeline row and read back. */
class TimelineContentCauseTest {

    @TempDir Path folder;

    @Test
    void a_failover_for_every_cause_including_a_black_picture_is_saved_and_read_back_with_its_cause() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + folder.resolve("portal")); // a file, like the portal's own database
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("insert into account (number, company_name, contact_email, base_plan, viewer_seats, livestream_slots,"
                + " locale) values ('K-1', 'Schwarz GmbH', 'a@example.com', 'S', 100, 2, 'de')").update();
        long account = jdbc.sql("select id from account").query(Long.class).single();
        TimelineRepository timeline = new TimelineRepository(jdbc);
        Instant at = Instant.parse("2026-12-07T20:00:00Z");
        FailoverCause[] causes = FailoverCause.values();
        for (int i = 0; i < causes.length; i++) {
            timeline.insert(new FailoverHappened(account, "c1", "edge-1", Entrypoint.PRIMARY, Entrypoint.BACKUP,
                    causes[i], at.plusSeconds(i), Duration.ofMillis(2_100)));
        }

        assertThat(timeline.recent(account, "c1", 50)).extracting(TimelineEntry::cause)
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(causes))
                .contains(FailoverCause.PICTURE_BLACK, FailoverCause.PICTURE_FROZEN, FailoverCause.AUDIO_SILENT);
    }
}

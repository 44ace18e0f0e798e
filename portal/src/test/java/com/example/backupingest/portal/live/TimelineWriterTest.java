package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Unit test of the retry of refused timeline rows: rows whose insert throws while the "database" fails. */
@ExtendWith(OutputCaptureExtension.class)
class TimelineWriterTest {

    final AtomicBoolean failing = new AtomicBoolean(true);
    final List<String> saved = new CopyOnWriteArrayList<>();

    @Test
    void refused_rows_wait_and_are_saved_in_their_order_once_the_database_takes_them() {
        try (TimelineWriter writer = writer(100)) {
            writer.save(row("r1"));
            writer.save(row("r2"));
            writer.save(row("r3"));
            assertThat(writer.trouble()).hasValueSatisfying(t -> {
                assertThat(t.unsaved()).as("the first refused, the others queued behind it").isEqualTo(3);
                assertThat(t.error()).contains("refused");
            });
            assertThat(saved).isEmpty();

            failing.set(false);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> saved.size() == 3);
            assertThat(saved).containsExactly("r1", "r2", "r3");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> writer.trouble().isEmpty());

            writer.save(row("r4"));
            assertThat(saved).as("written at once again").containsExactly("r1", "r2", "r3", "r4");
        }
    }

    @Test
    void a_row_beyond_the_capacity_is_logged_as_an_error_with_the_row(CapturedOutput output) {
        try (TimelineWriter writer = writer(2)) {
            writer.save(row("r1"));
            writer.save(row("r2"));
            writer.save(row("r3"));

            assertThat(output.getOut() + output.getErr()).contains("ERROR")
                    .contains("timeline row NOT saved, 2 rows wait for the database already: row r1");
            failing.set(false);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> saved.size() == 2);
            assertThat(saved).containsExactly("r2", "r3");
        }
    }

    @Test
    void rows_still_refused_when_the_portal_stops_are_logged_as_errors(CapturedOutput output) {
        TimelineWriter writer = writer(100);
        writer.save(row("r1"));
        writer.save(row("r2"));

        writer.close();

        assertThat(output.getOut() + output.getErr())
                .contains("timeline row NOT saved, the portal stops while the database refuses it: row r1")
                .contains("timeline row NOT saved, the portal stops while the database refuses it: row r2");
        failing.set(false);
        assertThat(saved).as("nothing written after close").isEmpty();
    }

    private TimelineWriter writer(int capacity) {
        // long first back-off: the tests decide when the database works again
        return new TimelineWriter(Clock.systemUTC(), Duration.ofMillis(200), Duration.ofMillis(400), capacity);
    }

    private TimelineWriter.Row row(String name) {
        return new TimelineWriter.Row() {
            @Override
            public void insert() {
                if (failing.get()) {
                    throw new IllegalStateException("refused " + name);
                }
                saved.add(name);
            }

            @Override
            public String describe() {
                return "row " + name;
            }
        };
    }
}

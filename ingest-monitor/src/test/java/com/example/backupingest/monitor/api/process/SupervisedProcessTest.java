package com.example.backupingest.monitor.api.process;

import com.example.backupingest.monitor.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SupervisedProcessTest {

    private final FakeLauncher launcher = new FakeLauncher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final RestartPolicy policy =
            new RestartPolicy(Duration.ofMillis(100), Duration.ofMillis(800), Duration.ofSeconds(30));
    private SupervisedProcess supervised;

    /** Sleeping advances the fake clock instead of waiting. */
    private final Sleeper sleeper = duration -> {
        sleeps.add(duration);
        clock.advance(duration);
    };

    private SupervisedProcess supervise(StopMethod stop) {
        ProcessSpec spec = new ProcessSpec("fake", List.of("fake", "--run"), Path.of("."), stop, Duration.ofMillis(200));
        supervised = new SupervisedProcess(spec, launcher, policy, clock, sleeper, new ProcessListener() {
            @Override
            public void line(OutputLine line) {
                lines.add(line.text());
            }
        });
        return supervised;
    }

    @AfterEach
    void stop() {
        if (supervised != null) {
            supervised.close();
        }
    }

    @Test
    void crashed_process_is_restarted_with_doubling_back_off_up_to_the_cap() {
        supervise(new StopMethod.Terminate()).start(Duration.ZERO);
        for (int crash = 1; crash <= 5; crash++) {
            int expected = crash;
            await().until(() -> launcher.launched.size() == expected);
            launcher.launched.get(crash - 1).exit(1);
        }
        await().until(() -> launcher.launched.size() == 6);
        assertThat(sleeps).containsExactly(Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(800));
        assertThat(supervised.restarts()).isEqualTo(5);
        assertThat(launcher.commands).allMatch(c -> c.equals(List.of("fake", "--run")));
    }

    @Test
    void a_killed_process_is_gone_for_good_and_not_restarted() throws Exception {
        supervise(new StopMethod.Terminate()).start(Duration.ZERO);
        await().until(() -> launcher.launched.size() == 1);

        supervised.kill();

        await().until(() -> !launcher.launched.get(0).isAlive());
        Thread.sleep(300); // time for a wrongful restart to happen: none may
        assertThat(launcher.launched).hasSize(1);
        assertThat(supervised.isRunning()).isFalse();
    }

    @Test
    void back_off_resets_after_a_run_that_lasted_long_enough() {
        supervise(new StopMethod.Terminate()).start(Duration.ZERO);
        await().until(() -> launcher.launched.size() == 1);
        launcher.launched.get(0).exit(1);
        await().until(() -> launcher.launched.size() == 2);
        launcher.launched.get(1).exit(1);
        await().until(() -> launcher.launched.size() == 3);
        clock.advance(Duration.ofMinutes(1));
        launcher.launched.get(2).exit(1);
        await().until(() -> launcher.launched.size() == 4);
        assertThat(sleeps).containsExactly(Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(100));
    }

    @Test
    void stop_writes_q_to_stdin_and_does_not_restart() throws Exception {
        supervise(new StopMethod.StdinLine("q")).start(Duration.ZERO);
        await().until(() -> launcher.launched.size() == 1);
        FakeLauncher.FakeProcess process = launcher.launched.get(0);
        Thread.ofVirtual().start(() -> {
            await().until(() -> process.stdinText().equals("q\n"));
            process.exit(0);
        });
        supervised.close();
        assertThat(process.stdinText()).isEqualTo("q\n");
        assertThat(process.destroyed).isFalse();
        Thread.sleep(100); // time for a wrongful restart to happen: none may
        assertThat(launcher.launched).hasSize(1);
    }

    @Test
    void process_ignoring_the_graceful_stop_is_destroyed_after_the_timeout() {
        supervise(new StopMethod.StdinLine("q")).start(Duration.ZERO);
        await().until(() -> launcher.launched.size() == 1);
        supervised.close();
        assertThat(launcher.launched.get(0).destroyed).isTrue();
        assertThat(launcher.launched.get(0).isAlive()).isFalse();
    }

    @Test
    void stop_command_is_launched_for_processes_stopped_by_command() {
        supervise(new StopMethod.Command(List.of("nginx", "-s", "quit"))).start(Duration.ZERO);
        await().until(() -> launcher.launched.size() == 1);
        supervised.close();
        assertThat(launcher.commands).contains(List.of("nginx", "-s", "quit"));
    }

    @Test
    void output_lines_reach_the_listener() {
        launcher.output = "frame=1\nprogress=continue\n";
        supervise(new StopMethod.Terminate()).start(Duration.ZERO);
        await().until(() -> lines.size() == 2);
        assertThat(lines).containsExactly("frame=1", "progress=continue");
    }

    @Test
    void back_off_delay_doubles_and_is_capped() {
        assertThat(policy.delayFor(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.delayFor(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delayFor(40)).isEqualTo(Duration.ofMillis(800));
    }
}

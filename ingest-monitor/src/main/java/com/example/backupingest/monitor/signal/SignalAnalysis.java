package com.example.backupingest.monitor.signal;

import com.example.backupingest.monitor.api.ActiveFault;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The analysis of one transcoder process: fed with its stderr lines (on the drain thread), it keeps
 * what the picture and sound show and reports every change of the faults at once. A restarted
 * process starts over (timestamps begin again).
 */
public final class SignalAnalysis {

    private final Clock clock;
    private final Consumer<List<ActiveFault>> changed;
    private MetadataLines lines = new MetadataLines();
    private FaultTracker tracker = new FaultTracker();

    SignalAnalysis(Clock clock, Consumer<List<ActiveFault>> changed) {
        this.clock = clock;
        this.changed = changed;
    }

    /** An analysis whose findings go nowhere (no registry: tests, tools). */
    public static SignalAnalysis detached(Clock clock) {
        return new SignalAnalysis(clock, faults -> {
        });
    }

    /** Whether the line was analysis output (then it is not a log line). */
    public boolean accept(String line) {
        List<ActiveFault> report;
        synchronized (this) {
            MetadataLines.Result result = lines.accept(line);
            if (result.complete().isEmpty() || !tracker.accept(result.complete().get(), clock.instant())) {
                return result.consumed();
            }
            report = tracker.faults();
        }
        changed.accept(report);
        return true;
    }

    /** The process was (re)started: nothing of the old one's timeline counts. */
    public void restarted() {
        boolean hadFaults;
        synchronized (this) {
            hadFaults = !tracker.faults().isEmpty();
            lines = new MetadataLines();
            tracker = new FaultTracker();
        }
        if (hadFaults) {
            changed.accept(List.of());
        }
    }

    public synchronized SignalState state() {
        return tracker.state();
    }
}

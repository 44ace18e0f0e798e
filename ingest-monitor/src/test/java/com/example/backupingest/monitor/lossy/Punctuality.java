package com.example.backupingest.monitor.lossy;

import com.example.backupingest.monitor.pipeline.EdgeFollower;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an edge delivers its segments on time, as a player with a small buffer needs them: a
 * segment is on time when the edge lists it no later than {@link #SLACK} after the media's own
 * schedule (the first listings of the window fix that schedule: their median offset); a sequence
 * number the edge never listed counts as late. Also the longest wait between two listings.
 */
public record Punctuality(int segments, int onTime, int missing, Duration longestWait, int discontinuities) {

    public static final Duration SLACK = Duration.ofSeconds(1);

    public static Punctuality of(List<EdgeFollower.Seen> seen, Instant from, Instant to) {
        List<EdgeFollower.Seen> window = seen.stream()
                .filter(s -> !s.firstListed().isBefore(from) && s.firstListed().isBefore(to)).toList();
        if (window.size() < 2) {
            return new Punctuality(window.size(), 0, 0, Duration.between(from, to), 0);
        }
        List<Long> offsets = new ArrayList<>();
        Duration schedule = Duration.ZERO;
        for (EdgeFollower.Seen s : window) {
            offsets.add(Duration.between(window.getFirst().firstListed(), s.firstListed()).minus(schedule).toMillis());
            schedule = schedule.plus(s.duration());
        }
        List<Long> firstFew = new ArrayList<>(offsets.subList(0, Math.min(5, offsets.size())));
        firstFew.sort(null);
        long anchor = firstFew.get(firstFew.size() / 2);
        int onTime = 0;
        for (long offset : offsets) {
            if (offset <= anchor + SLACK.toMillis()) {
                onTime++;
            }
        }
        long span = window.getLast().sequence() - window.getFirst().sequence() + 1;
        int missing = (int) (span - window.size());
        Duration longest = Duration.ZERO;
        for (int i = 1; i < window.size(); i++) {
            Duration wait = Duration.between(window.get(i - 1).firstListed(), window.get(i).firstListed());
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        int discontinuities = (int) window.stream().filter(EdgeFollower.Seen::discontinuity).count();
        return new Punctuality(window.size() + missing, onTime, missing, longest, discontinuities);
    }

    public double share() {
        return segments == 0 ? 0 : (double) onTime / segments;
    }

    @Override
    public String toString() {
        return String.format("%d/%d segments on time (%.0f %%), %d missing, longest wait %.1f s, %d discontinuities",
                onTime, segments, 100 * share(), missing, longestWait.toMillis() / 1000.0, discontinuities);
    }
}

package com.example.backupingest.portal.live;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins what the push clients received with the ticks the server sent: per session and tick the
 * first message that carried one of the tick's markers, for ticks that started inside the window.
 */
final class PushDeliveries {

    private final long[] latenciesMicros;
    private final int[] perSession;
    private final int messages;

    private PushDeliveries(long[] latenciesMicros, int[] perSession, int messages) {
        this.latenciesMicros = latenciesMicros;
        this.perSession = perSession;
        this.messages = messages;
    }

    /** {@code lines}: the result file of {@link PushDashboardLoad}; window in epoch µs. */
    static PushDeliveries of(List<String> lines, int sessions, ServerTicks ticks, long fromMicros, long toMicros) {
        Map<Long, Long> first = new HashMap<>(); // (session, tick) -> received µs
        Map<Long, Long> started = new HashMap<>();
        int messages = 0;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f[0].equals("S")) {
                messages += Integer.parseInt(f[2]);
                continue;
            }
            long session = Long.parseLong(f[1]);
            long received = Long.parseLong(f[2]);
            for (String m : f[3].split(",")) {
                ServerTicks.Tick tick = ticks.tickOf(Long.parseLong(m));
                if (tick != null && tick.startedMicros() >= fromMicros && tick.startedMicros() < toMicros) {
                    long key = session << 32 | tick.index();
                    first.merge(key, received, Math::min);
                    started.put(key, tick.startedMicros());
                }
            }
        }
        int[] perSession = new int[sessions];
        long[] latencies = new long[first.size()];
        int i = 0;
        for (Map.Entry<Long, Long> e : first.entrySet()) {
            perSession[(int) (e.getKey() >>> 32)]++;
            latencies[i++] = e.getValue() - started.get(e.getKey());
        }
        Arrays.sort(latencies);
        return new PushDeliveries(latencies, perSession, messages);
    }

    int count() {
        return latenciesMicros.length;
    }

    double millis(double quantile) {
        return latenciesMicros.length == 0 ? Double.NaN
                : latenciesMicros[(int) Math.min(latenciesMicros.length - 1, Math.ceil(quantile * latenciesMicros.length) - 1)]
                        / 1000.0;
    }

    double maxMillis() {
        return latenciesMicros.length == 0 ? Double.NaN : latenciesMicros[latenciesMicros.length - 1] / 1000.0;
    }

    int sessionsWithout() {
        return (int) Arrays.stream(perSession).filter(n -> n == 0).count();
    }

    int fewestPerSession() {
        return Arrays.stream(perSession).min().orElse(0);
    }

    int mostPerSession() {
        return Arrays.stream(perSession).max().orElse(0);
    }

    /** All pushed messages the clients received (including the ones without a marker). */
    int messages() {
        return messages;
    }
}

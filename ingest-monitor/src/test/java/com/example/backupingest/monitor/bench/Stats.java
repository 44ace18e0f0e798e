package com.example.backupingest.monitor.bench;

import java.util.List;
import java.util.Locale;

/** Median and 95th percentile (nearest rank) of a series of measurements. */
record Stats(int runs, double median, double p95, double min, double max) {

    static Stats of(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        double p95 = sorted.get((int) Math.ceil(0.95 * n) - 1);
        return new Stats(n, median, p95, sorted.getFirst(), sorted.getLast());
    }

    String format(String unit) {
        return String.format(Locale.ROOT, "median %.2f %s, p95 %.2f %s (n=%d, min %.2f, max %.2f)", median, unit, p95,
                unit, runs, min, max);
    }
}

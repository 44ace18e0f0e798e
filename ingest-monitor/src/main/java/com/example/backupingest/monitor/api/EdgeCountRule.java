package com.example.backupingest.monitor.api;

/**
 * How many distribution servers (edges) serve an account, from its booked viewer seats (product
 * text point 5): one below {@code threshold}; from there one per started {@code seatsPerEdge},
 * but at least {@code minimumFromThreshold}. The portal shows it, the monitor provisions it.
 */
public record EdgeCountRule(int threshold, int seatsPerEdge, int minimumFromThreshold) {

    public static final EdgeCountRule DEFAULT = new EdgeCountRule(1000, 1000, 2);

    public EdgeCountRule {
        if (threshold < 1 || seatsPerEdge < 1 || minimumFromThreshold < 1) {
            throw new IllegalArgumentException("edge count rule needs positive numbers");
        }
    }

    public int edgesFor(int viewerSeats) {
        if (viewerSeats < threshold) {
            return 1;
        }
        int started = (viewerSeats + seatsPerEdge - 1) / seatsPerEdge;
        return Math.max(minimumFromThreshold, started);
    }
}

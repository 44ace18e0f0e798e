package com.example.backupingest.monitor.api.viewer;

/**
 * Which distribution server (edge host, numbered from 1) serves a content's logical edge
 * {@code edge-i}: host {@code ((i - 1) mod hostCount) + 1}. Portal (assignment) and edges (what
 * they serve) use this one rule.
 */
public final class EdgeHosts {

    private EdgeHosts() {
    }

    /** @throws IllegalArgumentException for an edge id that is not {@code edge-<n>} */
    public static int hostFor(String edgeId, int hostCount) {
        if (hostCount < 1) {
            throw new IllegalArgumentException("at least one edge host");
        }
        return (edgeNumber(edgeId) - 1) % hostCount + 1;
    }

    public static int edgeNumber(String edgeId) {
        if (!edgeId.matches("edge-[1-9]\\d{0,3}")) {
            throw new IllegalArgumentException("not an edge id: " + edgeId);
        }
        return Integer.parseInt(edgeId.substring(5));
    }
}

package com.example.backupingest.monitor.api.viewer;

/**
 * Distribution server {@code index} of {@code count}: the logical edges it serves are those that
 * {@link EdgeHosts#hostFor} gives to it. {@link #ALL}: a single server serves every edge.
 */
public record HostShare(int index, int count) {

    public static final HostShare ALL = new HostShare(1, 1);

    public HostShare {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("host " + index + " of " + count);
        }
    }

    /** False also for anything that is not an edge id. */
    public boolean serves(String edgeId) {
        try {
            return EdgeHosts.hostFor(edgeId, count) == index;
        } catch (IllegalArgumentException notAnEdge) {
            return false;
        }
    }
}

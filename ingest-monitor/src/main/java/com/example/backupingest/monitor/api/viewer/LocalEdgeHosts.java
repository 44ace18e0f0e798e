package com.example.backupingest.monitor.api.viewer;

/**
 * The distribution servers of one process on ports of their own ({@code monitor.viewers.edge-ports}):
 * host k of {@link #hostCount()} listens on {@link #port(int) port(k)}. A bean only where such ports
 * are configured; the portal sends players there.
 */
public interface LocalEdgeHosts {

    int hostCount();

    /** The port distribution server {@code host} (1-based) listens on, also while it is stopped. */
    int port(int host);
}

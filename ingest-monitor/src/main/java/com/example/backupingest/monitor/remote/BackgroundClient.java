package com.example.backupingest.monitor.remote;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * A client of another host (the portal's revocation stream, the viewer reports, an edge's followed monitors) as a lifecycle: its
 * bean only builds it, its thread starts after the web server, the edge ports and the pipeline
 * (phases +1..+3) and stops before them.
 */
final class BackgroundClient implements SmartLifecycle {

    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 4;

    private final Runnable start;
    private final AutoCloseable client;
    private volatile boolean running;

    BackgroundClient(Runnable start, AutoCloseable client) {
        this.start = start;
        this.client = client;
    }

    @Override
    public void start() {
        start.run();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        try {
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException("a background client did not stop cleanly", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}

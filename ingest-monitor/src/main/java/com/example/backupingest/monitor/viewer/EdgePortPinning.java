package com.example.backupingest.monitor.viewer;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Pins the edge ports Tomcat picked (configured 0) right after the web server started, before the
 * pipeline and the front (their phases follow this one), so every later reader sees the real ports.
 */
public final class EdgePortPinning implements SmartLifecycle {

    /** Right after the web server. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 1;

    private final EdgeHostConnectors connectors;
    private volatile boolean running;

    public EdgePortPinning(EdgeHostConnectors connectors) {
        this.connectors = connectors;
    }

    @Override
    public void start() {
        connectors.pinPorts();
        running = true;
    }

    /** Tomcat stops and unbinds the connectors itself. */
    @Override
    public void stop() {
        running = false;
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

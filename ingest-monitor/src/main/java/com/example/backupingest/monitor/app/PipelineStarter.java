package com.example.backupingest.monitor.app;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the entrypoints once the web server listens: nginx calls the monitor back on the server's
 * real port. Stops them before the web server stops, so nginx's last callbacks still find it.
 * Without a web server (a context of beans only) nothing starts.
 */
final class PipelineStarter implements SmartLifecycle {

    /** Right after the web server (and the edge ports pinned after it), before the viewers' front. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 2;

    private final PipelineRuntime runtime;
    private final ApplicationContext context;
    private volatile boolean running;

    PipelineStarter(PipelineRuntime runtime, ApplicationContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    @Override
    public void start() {
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            runtime.start(web.getWebServer().getPort());
            running = true;
        }
    }

    @Override
    public void stop() {
        running = false;
        runtime.close();
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

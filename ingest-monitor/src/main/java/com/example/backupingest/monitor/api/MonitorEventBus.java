package com.example.backupingest.monitor.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain in-process fan-out of monitor events, usable without Spring (tests, standalone parts).
 * Listeners run on the publishing thread and must return quickly; one failing listener does not
 * stop the others.
 */
public final class MonitorEventBus {

    private static final Logger log = LoggerFactory.getLogger(MonitorEventBus.class);

    private final List<Consumer<MonitorEvent>> listeners = new CopyOnWriteArrayList<>();

    public AutoCloseable subscribe(Consumer<MonitorEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(MonitorEvent event) {
        for (Consumer<MonitorEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("monitor event listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}

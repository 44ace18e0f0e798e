package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.MonitorEventBus;
import org.springframework.context.ApplicationEventPublisher;

/** Republishes monitor events as Spring application events, for in-process listeners in the portal. */
public final class SpringEventBridge implements AutoCloseable {

    private final AutoCloseable subscription;

    public SpringEventBridge(MonitorEventBus bus, ApplicationEventPublisher publisher) {
        this.subscription = bus.subscribe(publisher::publishEvent);
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}

package com.example.backupingest.monitor.http;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Monitor events as server-sent events: the event name is the record's simple name
 * (PublishStarted, HealthChanged...), the data its JSON.
 */
@RestController
@RequestMapping(MonitorPaths.API)
public class EventStreamController {

    private final MonitorEventBus bus;

    public EventStreamController(MonitorEventBus bus) {
        this.bus = bus;
    }

    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events() {
        SseEmitter emitter = new SseEmitter(0L); // no timeout: portals keep one stream open
        AtomicReference<AutoCloseable> subscription = new AtomicReference<>();
        subscription.set(bus.subscribe(event -> send(emitter, event, subscription)));
        Runnable unsubscribe = () -> close(subscription.get());
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(e -> unsubscribe.run());
        // a comment at once commits the response: a follower knows it is connected (headers, 200) before the
        // first event, which may be minutes away (SSE readers skip comment lines)
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            unsubscribe.run();
        }
        return emitter;
    }

    private static void send(SseEmitter emitter, MonitorEvent event, AtomicReference<AutoCloseable> subscription) {
        try {
            emitter.send(SseEmitter.event().name(event.getClass().getSimpleName()).data(event,
                    MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            close(subscription.get()); // the client went away
        }
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            // removing a listener from a list does not fail
        }
    }
}

package com.example.backupingest.portal.live;

import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one push WebSocket received: Atmosphere sends {@code length|json} text messages, possibly in
 * several WebSocket frames; a message counts when its last part arrives. Keeps arrival (epoch µs)
 * and sparkline markers of every message that carried some.
 */
final class PushFrames implements WebSocket.Listener {

    /** A pushed message that carried sparkline values: arrival (epoch µs) and their markers. */
    record Frame(long receivedMicros, long[] markers) {
    }

    private final ConcurrentLinkedQueue<Frame> frames = new ConcurrentLinkedQueue<>();
    private final AtomicInteger messages = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long now = EpochMicros.now();
            long[] markers = SparklineMarker.find(partial);
            if (markers.length > 0) {
                frames.add(new Frame(now, markers));
            }
            messages.incrementAndGet();
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    List<Frame> frames() {
        return List.copyOf(frames);
    }

    int messages() {
        return messages.get();
    }
}

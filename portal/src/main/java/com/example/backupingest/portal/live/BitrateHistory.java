package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Input bitrate samples per content and entrypoint, one per tick, at most {@code capacity}. */
final class BitrateHistory {

    private record Key(String contentId, Entrypoint entrypoint) {
    }

    private final int capacity;
    private final Map<Key, Deque<Long>> samples = new ConcurrentHashMap<>();

    BitrateHistory(int capacity) {
        this.capacity = capacity;
    }

    void add(String contentId, Entrypoint entrypoint, long kbps) {
        Deque<Long> deque = samples.computeIfAbsent(new Key(contentId, entrypoint), k -> new ArrayDeque<>());
        synchronized (deque) {
            deque.addLast(kbps);
            while (deque.size() > capacity) {
                deque.removeFirst();
            }
        }
    }

    List<Long> of(String contentId, Entrypoint entrypoint) {
        Deque<Long> deque = samples.get(new Key(contentId, entrypoint));
        if (deque == null) {
            return List.of();
        }
        synchronized (deque) {
            return List.copyOf(deque);
        }
    }
}

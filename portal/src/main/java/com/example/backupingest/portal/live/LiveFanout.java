package com.example.backupingest.portal.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that pushes to open Live pages: pages register (account, content, how to reach
 * their UI); an update goes only to pages of that account and content. Each delivery runs on its
 * own virtual thread, so a busy session never holds up the others or the monitor; an idle page
 * costs a map entry, no thread.
 */
public final class LiveFanout implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveFanout.class);

    /** How to run code in a page's UI: {@code ui::access} in production; throws once the UI is gone. */
    @FunctionalInterface
    public interface UiAccess {
        void access(Runnable command);
    }

    private record Watcher(long accountId, UiAccess access, Consumer<LiveUpdate> listener) {
    }

    private final Map<String, Set<Watcher>> byContent = new ConcurrentHashMap<>();
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();

    public AutoCloseable register(long accountId, String contentId, UiAccess access, Consumer<LiveUpdate> listener) {
        Watcher watcher = new Watcher(accountId, access, listener);
        byContent.computeIfAbsent(contentId, id -> ConcurrentHashMap.newKeySet()).add(watcher);
        return () -> remove(contentId, watcher);
    }

    /** Contents somebody watches right now. */
    Set<String> watchedContents() {
        return Set.copyOf(byContent.keySet());
    }

    public int watchers() {
        return byContent.values().stream().mapToInt(Set::size).sum();
    }

    void publish(long accountId, String contentId, LiveUpdate update) {
        Set<Watcher> watchers = byContent.get(contentId);
        if (watchers == null) {
            return;
        }
        for (Watcher watcher : watchers) {
            if (watcher.accountId() == accountId) {
                deliveries.execute(() -> deliver(contentId, watcher, update));
            }
        }
    }

    /**
     * A snapshot built from the content id alone: every watcher of it gets it (watchers were checked
     * to own the content when they registered).
     */
    void publishToWatchers(String contentId, LiveUpdate update) {
        Set<Watcher> watchers = byContent.get(contentId);
        if (watchers != null) {
            watchers.forEach(watcher -> deliveries.execute(() -> deliver(contentId, watcher, update)));
        }
    }

    private void deliver(String contentId, Watcher watcher, LiveUpdate update) {
        try {
            watcher.access().access(() -> watcher.listener().accept(update));
        } catch (RuntimeException e) {
            // UIDetachedException and friends: the page is gone without a detach event
            log.debug("live page of {} unreachable, unregistering: {}", contentId, e.toString());
            remove(contentId, watcher);
        }
    }

    private void remove(String contentId, Watcher watcher) {
        byContent.computeIfPresent(contentId, (id, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }

    /** Lets running deliveries finish: they run UI code, which may read the database (no interrupts). */
    @Override
    public void close() {
        deliveries.shutdown();
    }
}

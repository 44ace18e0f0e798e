package com.example.backupingest.portal.ops;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The Vaadin UIs attached right now (one per open browser tab with a push connection). */
final class PushSessions {

    private final Set<Object> attached = ConcurrentHashMap.newKeySet();

    void attached(Object ui) {
        attached.add(ui);
    }

    void detached(Object ui) {
        attached.remove(ui);
    }

    int count() {
        return attached.size();
    }
}

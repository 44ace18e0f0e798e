package com.example.backupingest.portal.live;

import java.util.Map;
import java.util.TreeMap;

/**
 * Viewers holding a seat at one moment: per distribution server (logical edge) of the content, and
 * all viewers of the account against its booked seats (seats are shared by all its contents).
 */
public record ViewersNow(Map<String, Integer> perEdge, int ofAccount, int seats) {

    public static final ViewersNow NONE = new ViewersNow(Map.of(), 0, 0);

    public ViewersNow {
        perEdge = Map.copyOf(perEdge);
    }

    public int ofContent() {
        return perEdge.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Ordered by edge id, as the Live page lists them. */
    public Map<String, Integer> sortedPerEdge() {
        return new TreeMap<>(perEdge);
    }

    public boolean full() {
        return seats > 0 && ofAccount >= seats;
    }
}

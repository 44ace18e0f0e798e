package com.example.backupingest.portal.live;

import java.util.Map;
import java.util.TreeMap;

/**
 * Viewers holding a seat at one moment: per distribution server (logical edge) of the content, and
 * all viewers of the account against its booked seats (seats are shared by all its contents).
 * {@code crowdedClients}: client addresses (IPv6: /64) holding an unusual share of the booked seats,
 * with their seats: an office watching together, or someone blocking seats.
 */
public record ViewersNow(Map<String, Integer> perEdge, int ofAccount, int seats, Map<String, Integer> crowdedClients) {

    public static final ViewersNow NONE = new ViewersNow(Map.of(), 0, 0);

    public ViewersNow {
        perEdge = Map.copyOf(perEdge);
        crowdedClients = Map.copyOf(crowdedClients);
    }

    public ViewersNow(Map<String, Integer> perEdge, int ofAccount, int seats) {
        this(perEdge, ofAccount, seats, Map.of());
    }

    /** Ordered by seats held, most first. */
    public java.util.List<Map.Entry<String, Integer>> sortedCrowdedClients() {
        return crowdedClients.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
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

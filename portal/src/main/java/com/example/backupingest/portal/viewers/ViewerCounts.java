package com.example.backupingest.portal.viewers;

import java.util.Map;

/** Viewers holding a seat now (the Live page shows them against the booked seats). */
public interface ViewerCounts {

    /** Per logical edge ({@code edge-1}...) of the content; edges without viewers may be missing. */
    Map<String, Integer> perEdge(String contentId);

    /** All viewers of all contents of the account. */
    int ofAccount(long accountId);

    /** The account's seats per client (IPv4 address, IPv6 /64) their tickets are bound to. */
    Map<String, Integer> perClient(long accountId);
}

package com.example.backupingest.monitor.api;

/**
 * An SRT caller's link as a broadcaster reads it, since the connection started: round-trip time,
 * packets lost on the way (before retransmission), packets that arrived as retransmissions, packets
 * dropped because they came too late for the latency budget (these are picture the viewers miss),
 * the receive rate and the latency agreed in the handshake.
 */
public record SrtLink(double rttMs, long packetsReceived, long packetsLost, long packetsRetransmitted,
        long packetsDropped, double receiveMbps, int latencyMs) {
}

/**
 * Viewers of the edges: tickets the portal signs with Ed25519 and edges verify with the public key,
 * each admitting one player (one client address) to one edge (preview tickets for the owner's Live
 * page hold no seat), the sink the edges report playlist loads to (the portal counts
 * seats from them), and the distribution servers: which host serves which logical edge
 * ({@link com.example.backupingest.monitor.viewer.EdgeHosts}, {@link com.example.backupingest.monitor.viewer.HostShare})
 * and, in one process, a port of their own per server
 * ({@link com.example.backupingest.monitor.viewer.EdgeHostConnectors}).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.viewer;

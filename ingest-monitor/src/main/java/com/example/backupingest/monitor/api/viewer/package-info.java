/**
 * The viewer-ticket contract the portal and the edges share: tickets the portal signs with Ed25519
 * ({@link com.example.backupingest.monitor.api.viewer.TicketIssuer}) and edges verify with the public key
 * ({@link com.example.backupingest.monitor.api.viewer.ViewerTickets}), their keys and configuration
 * ({@code monitor.viewers.*}), the sink edges report playlist loads to, and which distribution server
 * serves which logical edge ({@link com.example.backupingest.monitor.api.viewer.EdgeHosts}).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.api.viewer;

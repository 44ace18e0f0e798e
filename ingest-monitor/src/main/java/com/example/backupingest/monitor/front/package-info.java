/**
 * The viewers' web server: a supervised nginx in front of the Java edge carries the bytes (segments
 * and media playlists from a folder the edges mirror into, {@code sendfile}); Java keeps the
 * decisions: failover, tickets, seats (nginx reports each playlist load back over syslog).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.front;

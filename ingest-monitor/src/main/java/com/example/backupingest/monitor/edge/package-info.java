/**
 * Distribution servers (edges): stable HLS playlists for players, segments pulled from the active
 * entrypoint's origin, and the sticky failover between primary and backup.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.edge;

package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.viewer.HostShare;

/**
 * What a role tells the edges: where the origins they poll are, and which share of the logical edges
 * this process serves ({@link HostShare#ALL} but on an edge host of several).
 */
public record EdgeOrigins(OriginEndpoints endpoints, HostShare share) {
}

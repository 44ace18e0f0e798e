/**
 * Viewers of the edges: signed tickets that admit one player to one edge, and the sink the edges
 * report playlist loads to (the portal counts seats from them).
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.viewer;


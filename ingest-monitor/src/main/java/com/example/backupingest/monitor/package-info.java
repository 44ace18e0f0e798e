/**
 * The ingest monitor's API: the entrypoints, renditions, the stream-key directory it asks before
 * a publish, and the events it emits. Sub-packages hold the media processes, edges and HTTP API.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor;

/**
 * The two ingest entrypoints: one supervised nginx-rtmp process each (RTMP ingest and HTTP origin),
 * and the on_publish callbacks that admit or refuse an encoder by its stream key.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.entrypoint;

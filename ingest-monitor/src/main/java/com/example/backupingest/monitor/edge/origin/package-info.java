/** The edges' side of the origins: polling the origin playlists and the cache of origin segments. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.edge.origin;

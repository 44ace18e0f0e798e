/** HLS media: media and master playlists read and written, and the format of MPEG-TS segments probed in Java. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.hls;

/** Stream setup: per content the Server URL and stream key for OBS/vMix, copy, reveal and regenerate. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.streamsetup.ui;

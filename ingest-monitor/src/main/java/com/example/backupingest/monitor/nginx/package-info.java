/** What every nginx the monitor runs shares (entrypoints and the viewer front): conf text and the error log's tail. */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.monitor.nginx;

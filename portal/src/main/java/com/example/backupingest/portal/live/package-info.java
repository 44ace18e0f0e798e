/**
 * Live health of a customer's contents: both entrypoints, the active source of every edge, the
 * failover timeline, alert mails, demo encoders and the fan-out that pushes it all to open Live pages.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.live;

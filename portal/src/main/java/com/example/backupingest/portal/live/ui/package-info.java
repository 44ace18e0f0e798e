/**
 * The Live page: entrypoint cards with sparklines, edges, failover timeline, preview player,
 * drill and alert settings. Updates arrive by server push.
 */
@org.jspecify.annotations.NullMarked
package com.example.backupingest.portal.live.ui;

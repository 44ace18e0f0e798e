package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.MonitorEvent;

/**
 * What an open Live page receives: a monitor event as it happens, a new timeline row that is no
 * monitor event (all seats taken), or the once-per-tick snapshot.
 */
public sealed interface LiveUpdate {

    record Event(MonitorEvent event) implements LiveUpdate {
    }

    record Tick(LiveSnapshot snapshot) implements LiveUpdate {
    }

    record Timeline(TimelineEntry entry) implements LiveUpdate {
    }
}

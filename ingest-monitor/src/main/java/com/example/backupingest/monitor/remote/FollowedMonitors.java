package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorEventClient;

import java.util.List;

/**
 * The event streams of the monitors an edge follows: built with the bean, started by their
 * {@link BackgroundClient} lifecycle (after the fleet and the web server), closing stops them all.
 */
record FollowedMonitors(List<MonitorEventClient> streams) implements AutoCloseable {

    FollowedMonitors {
        streams = List.copyOf(streams);
    }

    void start() {
        streams.forEach(MonitorEventClient::start);
    }

    @Override
    public void close() {
        streams.forEach(MonitorEventClient::close);
    }
}

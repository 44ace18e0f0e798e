package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorEventClient;
import com.example.backupingest.monitor.api.FollowStatus;

import java.util.List;

/** The running event streams of the monitors an edge follows; closing stops them all. */
record FollowedMonitors(List<MonitorEventClient> streams) implements AutoCloseable {

    FollowedMonitors {
        streams = List.copyOf(streams);
    }

    @Override
    public void close() {
        streams.forEach(MonitorEventClient::close);
    }
}

package com.example.backupingest.monitor.remote;

import java.util.List;

/** The running event streams of the monitors an edge follows; closing stops them all. */
record FollowedMonitors(List<RemoteEventStream> streams) implements AutoCloseable {

    FollowedMonitors {
        streams = List.copyOf(streams);
    }

    @Override
    public void close() {
        streams.forEach(RemoteEventStream::close);
    }
}

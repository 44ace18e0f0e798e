package com.example.backupingest.monitor.remote;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The edge's view of the monitors it follows (for operators and readiness checks). */
@RestController
public class FollowController {

    private final List<RemoteEventStream> streams;

    public FollowController(List<RemoteEventStream> streams) {
        this.streams = List.copyOf(streams);
    }

    @GetMapping("/monitor/api/follow")
    public List<FollowStatus> follow() {
        return streams.stream().map(RemoteEventStream::status).toList();
    }
}

package com.example.backupingest.portal.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sizes of the project's images and what each container uses, for the test log (docs/deploy.md quotes them). */
final class ImageFigures {

    static final List<String> IMAGES = List.of("backup-ingest/portal:dev", "backup-ingest/monitor:dev",
            "debian:trixie-slim", "postgres:17", "axllent/mailpit:v1.27");

    private ImageFigures() {
    }

    static Map<String, String> sizes() {
        Map<String, String> sizes = new TreeMap<>();
        for (String image : IMAGES) {
            Docker.Result size = Docker.cli().run(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Size}}",
                    image);
            sizes.put(image, size.ok() ? Math.round(Long.parseLong(size.out().strip()) / 1e6) + " MB" : "?");
        }
        return sizes;
    }

    /** {@code docker stats} of the project's running containers: memory (RSS + page cache) and CPU. */
    static String containerStats(ComposeProject compose) {
        return Docker.cli().run(Duration.ofSeconds(60), "stats", "--no-stream", "--format",
                "{{.Name}} {{.MemUsage}} {{.CPUPerc}}").orFail().lines()
                .filter(line -> line.startsWith(compose.name() + "-") || line.startsWith(compose.name() + "_"))
                .reduce("", (a, b) -> a + "\n  " + b);
    }
}

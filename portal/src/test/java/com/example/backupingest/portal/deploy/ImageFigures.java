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

    private static final java.util.regex.Pattern GC = java.util.regex.Pattern.compile(
            "GC\\(\\d+\\) .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final java.util.regex.Pattern METASPACE = java.util.regex.Pattern.compile(
            "Metaspace: \\d+K\\(\\d+K\\)->(\\d+)K");
    private static final java.util.regex.Pattern FULL = java.util.regex.Pattern.compile("Pause Full \\(([^)]+)\\)");

    /**
     * Per service, from its GC log lines (only there with docker/jvm-measure.override.yml): collections,
     * the largest heap left after one (what the service keeps live), the largest heap size, the largest
     * metaspace and the full collections with their causes.
     */
    static Map<String, String> heapAfterGc(ComposeProject compose, List<String> services) {
        Map<String, String> figures = new TreeMap<>();
        for (String service : services) {
            String logs = compose.compose(Duration.ofMinutes(1), "logs", "--no-color", service).out();
            java.util.regex.Matcher gc = GC.matcher(logs);
            int count = 0;
            int maxAfter = 0;
            int maxHeap = 0;
            while (gc.find()) {
                count++;
                maxAfter = Math.max(maxAfter, Integer.parseInt(gc.group(2)));
                maxHeap = Math.max(maxHeap, Integer.parseInt(gc.group(3)));
            }
            int metaspace = 0;
            for (java.util.regex.Matcher m = METASPACE.matcher(logs); m.find(); ) {
                metaspace = Math.max(metaspace, Integer.parseInt(m.group(1)) / 1024);
            }
            List<String> full = FULL.matcher(logs).results().map(r -> r.group(1)).toList();
            if (count > 0) {
                figures.put(service, count + " GCs, live after GC <= " + maxAfter + " MB, heap <= " + maxHeap
                        + " MB, metaspace <= " + metaspace + " MB, full GCs " + full);
            }
        }
        return figures;
    }

    /** {@code docker stats} of the project's running containers: memory (RSS + page cache) and CPU. */
    static String containerStats(ComposeProject compose) {
        String stats = "";
        for (int attempt = 0; attempt < 3 && stats.isEmpty(); attempt++) { // it answered empty once
            stats = Docker.cli().run(Duration.ofSeconds(60), "stats", "--no-stream", "--format",
                    "{{.Name}} {{.MemUsage}} {{.CPUPerc}}").orFail().lines()
                    .filter(line -> line.startsWith(compose.name() + "-") || line.startsWith(compose.name() + "_"))
                    .reduce("", (a, b) -> a + "\n  " + b);
        }
        return stats;
    }
}

package com.example.backupingest.monitor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A third-party HLS parser as the judge of RFC 8216: hls-parser (npm, strict mode) in node, from
 * {@code ingest-monitor/src/test/hls-validator} (installed with {@code npm ci} on first use). It checks
 * among other things that every EXTINF, rounded, is at most the playlist's EXT-X-TARGETDURATION.
 */
public final class HlsValidator {

    private final Path home;
    private final Path node;

    public HlsValidator() throws IOException, InterruptedException {
        Path root = repositoryRoot();
        this.home = root.resolve("ingest-monitor/src/test/hls-validator");
        Path tools = root.resolve(".tools/node/bin");
        this.node = Files.isExecutable(tools.resolve("node")) ? tools.resolve("node") : Path.of("node");
        if (!Files.isDirectory(home.resolve("node_modules/hls-parser"))) {
            Path npm = Files.isExecutable(tools.resolve("npm")) ? tools.resolve("npm") : Path.of("npm");
            Process install = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund").directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!install.waitFor(3, TimeUnit.MINUTES) || install.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + home + " failed");
            }
        }
    }

    /** Problems by playlist (empty: every playlist is valid). */
    public Map<String, String> problems(Map<String, String> playlistsByName) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("hls-validate");
        List<String> command = new ArrayList<>(List.of(node.toString(), home.resolve("validate.mjs").toString()));
        Map<String, String> byFile = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> playlist : playlistsByName.entrySet()) {
            Path file = dir.resolve("p" + i++ + ".m3u8");
            Files.writeString(file, playlist.getValue());
            command.add(file.toString());
            byFile.put(file.toString(), playlist.getKey());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(1, TimeUnit.MINUTES);
        Map<String, String> problems = new LinkedHashMap<>();
        int ok = 0;
        for (String line : out.split("\n")) {
            if (line.startsWith("OK ")) {
                ok++;
            } else if (line.startsWith("INVALID ")) {
                String file = line.substring(8, line.indexOf(": "));
                problems.put(byFile.getOrDefault(file, file), line.substring(line.indexOf(": ") + 2));
            }
        }
        if (ok + problems.size() != playlistsByName.size()) {
            throw new IllegalStateException("validator answered for " + (ok + problems.size()) + " of "
                    + playlistsByName.size() + " playlists: " + out);
        }
        return problems;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("ingest-monitor/src/test/hls-validator"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

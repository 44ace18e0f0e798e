package com.example.backupingest.portal.deploy;

import com.example.backupingest.monitor.testing.FreePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The variables a container test runs the compose file (or the stack file) with: the secrets that
 * {@code docker/make-env.sh} makes, the host ports the topology publishes (free ones, so a test never
 * takes the user's 8080 or 1935), {@code PUBLIC_HOST=127.0.0.1}, and {@code IMAGE_JARS=prebuilt}: the
 * images get the jars this Maven run built instead of building them once more.
 */
record ContainerEnv(Path file, Map<String, String> variables) {

    static final String HOST = "127.0.0.1";

    /** Inside a monitor container: its follow status, through the API its own MONITOR_API_SECRET opens. */
    static final String[] FOLLOW_STATUS = {"sh", "-c",
            "curl -fsS -m 3 -H \"Authorization: Bearer $MONITOR_API_SECRET\" http://localhost:8080/monitor/api/follow"};

    static ContainerEnv write(Path file) throws IOException, InterruptedException {
        ProcessBuilder makeEnv = new ProcessBuilder(ComposeFile.ROOT.resolve("docker/make-env.sh").toString(),
                file.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        makeEnv.environment().put("PUBLIC_HOST", HOST);
        Process process = makeEnv.start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("docker/make-env.sh " + file + " failed");
        }
        Map<String, String> more = new LinkedHashMap<>();
        more.put("IMAGE_JARS", "prebuilt");
        for (String port : List.of("PORTAL_PORT", "RTMP_A_PORT", "RTMP_B_PORT", "RTMPS_A_PORT", "RTMPS_B_PORT",
                "SRT_A_PORT", "SRT_B_PORT", "EDGE_1_PORT", "EDGE_2_PORT", "EDGE_3_PORT", "MAIL_UI_PORT")) {
            more.put(port, Integer.toString(FreePort.next()));
        }
        StringBuilder lines = new StringBuilder();
        more.forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, lines, java.nio.file.StandardOpenOption.APPEND);
        return read(file);
    }

    static ContainerEnv read(Path file) throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
                variables.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new ContainerEnv(file, Map.copyOf(variables));
    }

    int port(String variable) {
        return Integer.parseInt(variables.get(variable));
    }

    String url(String portVariable) {
        return "http://" + HOST + ":" + port(portVariable);
    }
}

package com.example.backupingest.monitor.entrypoint;

import java.util.List;

/** The nginx command lines: run in the foreground, and ask the running one to quit. */
record NginxCommands(String binary, NginxSettings settings) {

    public List<String> run() {
        // -e: without it nginx opens the compiled-in /var/log/nginx/error.log before reading the conf
        return List.of(binary, "-p", settings.workDir().toAbsolutePath() + "/",
                "-e", settings.errorLog().toAbsolutePath().toString(),
                "-c", settings.confFile().toAbsolutePath().toString());
    }

    public List<String> quit() {
        return List.of(binary, "-p", settings.workDir().toAbsolutePath() + "/",
                "-e", settings.errorLog().toAbsolutePath().toString(),
                "-c", settings.confFile().toAbsolutePath().toString(), "-s", "quit");
    }
}

package com.example.backupingest.monitor.api.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The seam between supervision logic and the operating system; tests plug in a fake. */
public interface ProcessLauncher {

    RunningProcess launch(List<String> command, Path workingDirectory) throws IOException;
}

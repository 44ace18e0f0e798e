package com.example.backupingest.monitor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** CPU time of a process from /proc/&lt;pid&gt;/stat (Linux), in clock ticks of 1/100 s. */
final class Cpu {

    private static final double TICKS_PER_SECOND = 100.0; // getconf CLK_TCK on Linux x86-64

    private Cpu() {
    }

    /** utime + stime of the process itself; 0 when it is gone. */
    static double seconds(long pid) {
        long[] f = fields(pid);
        return f == null ? 0 : (f[0] + f[1]) / TICKS_PER_SECOND;
    }

    /** utime + stime + cutime + cstime: the process and every child it has reaped. */
    static double secondsWithReapedChildren(long pid) {
        long[] f = fields(pid);
        return f == null ? 0 : (f[0] + f[1] + f[2] + f[3]) / TICKS_PER_SECOND;
    }

    /** Parses the shell's own stat line printed after its child exited (see {@link #wrapped}). */
    static double reapedChildren(String statLine) {
        String[] f = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND;
    }

    /** A shell that runs the command and then prints its own stat line, whose cutime/cstime hold the command's CPU. */
    static List<String> wrapped(List<String> command) {
        List<String> all = new ArrayList<>(List.of("sh", "-c", "\"$@\" >/dev/null || exit $?; cat /proc/$$/stat", "sh"));
        all.addAll(command);
        return all;
    }

    /** utime + stime of the JVM's JIT compiler threads (named "C1/C2 CompilerThread..." in /proc). */
    static double compilerSeconds(long pid) {
        double ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.matches("C[12] CompilerThre.*")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException e) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static long[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            // after "pid (comm) ": state=0 ... utime=11 stime=12 cutime=13 cstime=14
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static double per(double cpuSeconds, Duration wall) {
        return cpuSeconds / (wall.toNanos() / 1e9);
    }
}

package com.example.backupingest.monitor.nginx;

import java.util.ArrayList;
import java.util.List;

/** nginx.conf as lines, indented by block: what the conf builders (ingest, front) write with. */
public final class NginxConfText {

    private final List<String> lines = new ArrayList<>();
    private int depth;

    public void open(String block) {
        line(block + " {");
        depth++;
    }

    public void close() {
        depth--;
        line("}");
    }

    public void line(String text) {
        lines.add("    ".repeat(depth) + text);
    }

    /**
     * The main context every nginx the monitor supervises shares: in the foreground (the supervisor
     * watches the master), pid and error log in {@code work}, then its {@code events} block.
     */
    public void foreground(String work, String workers, int connections) {
        line("daemon off;");
        line("master_process on;");
        line("worker_processes " + workers + ";");
        line("pid " + work + "/nginx.pid;");
        line("error_log " + work + "/error.log warn;");
        open("events");
        line("worker_connections " + connections + ";");
        close();
    }

    /** Inside {@code http}: every temp path in {@code work}, none in the compiled-in /var/lib/nginx. */
    public void tempPaths(String work) {
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            line(temp + "_temp_path " + work + "/tmp/" + temp + ";");
        }
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** {@code address:port}, IPv6 addresses in brackets. */
    public static String hostPort(String address, int port) {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }
}

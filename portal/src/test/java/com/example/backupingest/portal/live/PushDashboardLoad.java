package com.example.backupingest.portal.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The push clients' own JVM (so the portal's heap and CPU figures hold the server only):
 * {@code PushDashboardLoad <base-url> <username> <password> <route> <sessions> <result-file> [no-push]}
 * ({@code no-push}: pages without their WebSocket, to tell the connection's heap apart). Opens
 * the sessions (virtual threads, a few sign-ins at a time), prints {@code READY <n>}, keeps them
 * alive with heartbeats until a line {@code STOP} on stdin, then signs every session out, writes one
 * line per session and per marked message to the result file and prints {@code DONE}.
 */
public final class PushDashboardLoad {

    private static final int PARALLEL_OPENS = 16;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int count = Integer.parseInt(args[4]);
        boolean push = args.length < 7 || !args[6].equals("no-push");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        List<PushDashboardClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(new PushDashboardClient(http, base));
        }
        try (ExecutorService opens = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(PARALLEL_OPENS);
            List<Future<?>> done = new ArrayList<>();
            for (PushDashboardClient client : clients) {
                done.add(opens.submit(() -> {
                    slots.acquire();
                    try {
                        client.signIn(args[1], args[2]);
                        client.open(args[3]);
                        if (push) {
                            client.connect();
                        }
                        client.navigate("live-sparkline");
                        client.heartbeat(); // proves the heartbeat request before the run relies on it
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(); // any failed session fails the run: a benchmark must not quietly measure fewer
            }
        }
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        long every = clients.getFirst().heartbeatInterval().toSeconds();
        heartbeats.scheduleAtFixedRate(() -> clients.forEach(c -> Thread.ofVirtual().start(() -> {
            try {
                c.heartbeat();
            } catch (Exception e) {
                System.out.println("HEARTBEAT-FAILED " + e);
            }
        })), every, every, TimeUnit.SECONDS);
        System.out.println("READY " + clients.size());
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in));
        for (String line = stdin.readLine(); line != null && !line.equals("STOP"); line = stdin.readLine()) {
            // only STOP means anything
        }
        heartbeats.shutdownNow();
        writeResults(Path.of(args[5]), clients);
        try (ExecutorService closes = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(PARALLEL_OPENS);
            for (PushDashboardClient client : clients) {
                closes.submit(() -> {
                    slots.acquire();
                    try {
                        client.signOut();
                    } catch (Exception e) {
                        System.out.println("SIGNOUT-FAILED " + e); // the benchmark then finds the page still registered
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
        }
        System.out.println("DONE");
        System.exit(0);
    }

    /** {@code S <session> <messages>} per session, {@code F <session> <received µs> <marker,...>} per marked message. */
    private static void writeResults(Path file, List<PushDashboardClient> clients) throws Exception {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (int i = 0; i < clients.size(); i++) {
                PushDashboardClient client = clients.get(i);
                out.println("S " + i + " " + client.received().messages());
                for (PushFrames.Frame frame : client.received().frames()) {
                    out.println("F " + i + " " + frame.receivedMicros() + " "
                            + LongStream.of(frame.markers()).mapToObj(Long::toString).collect(Collectors.joining(",")));
                }
            }
        }
    }
}

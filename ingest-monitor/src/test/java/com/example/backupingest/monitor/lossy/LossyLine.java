package com.example.backupingest.monitor.lossy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An encoder's own network namespace, joined to this host by a veth pair whose namespace end is
 * impaired: iptables' statistic match drops packets at random (both ways), tc's token bucket caps the
 * uplink, and for delay the traffic rides a VXLAN tunnel through a {@link DelayRelay} (this kernel
 * has no netem). Everything impairing lives inside the namespace, so deleting it removes rules and
 * qdiscs with it; the host keeps only the veth end and the VXLAN device, deleted by {@link #close()},
 * by a shutdown hook if the JVM is stopped, and by {@link #sweep()} after a JVM that was killed
 * (names carry the creating JVM's pid). Needs root, iproute2, iptables and ethtool.
 */
public final class LossyLine implements AutoCloseable {

    private static final AtomicInteger LINES = new AtomicInteger();
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern OURS = Pattern.compile("b[iv](\\d+)[-hnx]\\d+");
    private static final int VXLAN_PORT_NS = 4790;
    /** The encoder's TCP congestion control ({@code -Dlossy.encoder.tcp}, default cubic). */
    public static final String ENCODER_TCP = System.getProperty("lossy.encoder.tcp", "cubic");

    private final String namespace;
    private final String hostVeth;
    private final String nsVeth;
    private final String hostVxlan;
    private final String hostAddress;
    private final String nsAddress;
    private final String serverAddress;
    private final Impairment impairment;
    private final Thread cleanup = new Thread(this::tearDown);
    private @Nullable DelayRelay relay;

    private LossyLine(Impairment impairment) {
        this.impairment = impairment;
        int n = LINES.incrementAndGet();
        this.namespace = "bi" + PID + "-" + n;
        this.hostVeth = "bv" + PID + "h" + n;
        this.nsVeth = "bv" + PID + "n" + n;
        this.hostVxlan = "bv" + PID + "x" + n;
        int net = (int) ((PID * 31 + n * 4) % 250) + 1; // a /30 per line, in the benchmarking range 198.18.0.0/15
        this.hostAddress = "198.18." + net + ".1";
        this.nsAddress = "198.18." + net + ".2";
        this.serverAddress = impairment.roundTrip().isZero() ? hostAddress : "198.19." + net + ".1";
    }

    /** Whether this machine can build a line (root, the tools). */
    public static boolean possible() {
        return "root".equals(System.getProperty("user.name")) && run(false, "ip", "netns", "list") != null
                && run(false, "iptables", "--version") != null && run(false, "ethtool", "--version") != null;
    }

    public static LossyLine open(Impairment impairment) throws IOException {
        sweep();
        LossyLine line = new LossyLine(impairment);
        Runtime.getRuntime().addShutdownHook(line.cleanup);
        try {
            line.build();
        } catch (IOException | RuntimeException e) {
            line.close();
            throw e;
        }
        return line;
    }

    private void build() throws IOException {
        must("ip", "netns", "add", namespace);
        must("ip", "link", "add", hostVeth, "type", "veth", "peer", "name", nsVeth);
        must("ip", "link", "set", nsVeth, "netns", namespace);
        must("ip", "addr", "add", hostAddress + "/30", "dev", hostVeth);
        must("ip", "link", "set", hostVeth, "up");
        ns("ip", "addr", "add", nsAddress + "/30", "dev", nsVeth);
        ns("ip", "link", "set", nsVeth, "up");
        ns("ip", "link", "set", "lo", "up");
        if (!impairment.roundTrip().isZero()) {
            tunnelThroughTheRelay();
        }
        // the encoder's TCP as on Windows and macOS (CUBIC), not this host's default (BBR here, which shrugs
        // off random loss): a route of its own to the server with that congestion control
        ns("ip", "route", "add", serverAddress + "/32", "dev", impairment.roundTrip().isZero() ? nsVeth : "vx0", "src",
                encoderAddress(), "congctl", ENCODER_TCP);
        String line = nsVeth; // loss on the wire, whatever rides on it (VXLAN or the stream itself)
        if (impairment.loss() > 0) {
            String p = String.format(java.util.Locale.ROOT, "%.4f", impairment.loss());
            ns("iptables", "-A", "OUTPUT", "-o", line, "-m", "statistic", "--mode", "random", "--probability", p,
                    "-j", "DROP");
            ns("iptables", "-A", "INPUT", "-i", line, "-m", "statistic", "--mode", "random", "--probability", p,
                    "-j", "DROP");
        }
        if (impairment.uplinkKbit() != null) {
            ns("tc", "qdisc", "add", "dev", nsVeth, "root", "tbf", "rate", impairment.uplinkKbit() + "kbit", "burst",
                    "32kbit", "latency", "400ms");
        }
    }

    /**
     * A VXLAN tunnel between the namespace and the host: the namespace's side sends to the relay on the
     * host, which sends on after the round trip's delay (all of it on the uplink: only the round trip
     * matters to retransmissions); the host's side sends straight back across the veth. Checksum
     * offload is off, or the relay would pass on inner checksums nobody computed.
     */
    private void tunnelThroughTheRelay() throws IOException {
        String net = hostAddress.substring(0, hostAddress.lastIndexOf('.'));
        String overlay = "198.19." + net.substring(net.lastIndexOf('.') + 1);
        int vni = (int) (1000 + (PID % 10_000) * 10 + LINES.get() % 10);
        int relayPort = freeUdpPort();
        int hostPort = freeUdpPort();
        String nsVxlan = "vx0";
        ns("ip", "link", "add", nsVxlan, "type", "vxlan", "id", Integer.toString(vni), "dstport",
                Integer.toString(VXLAN_PORT_NS), "local", nsAddress, "dev", nsVeth, "nolearning");
        ns("bridge", "fdb", "append", "00:00:00:00:00:00", "dev", nsVxlan, "dst", hostAddress, "port",
                Integer.toString(relayPort));
        ns("ip", "addr", "add", overlay + ".2/30", "dev", nsVxlan);
        ns("ip", "link", "set", nsVxlan, "mtu", "1400", "up");
        must("ip", "link", "add", hostVxlan, "type", "vxlan", "id", Integer.toString(vni), "dstport",
                Integer.toString(hostPort), "nolearning");
        must("bridge", "fdb", "append", "00:00:00:00:00:00", "dev", hostVxlan, "dst", nsAddress, "port",
                Integer.toString(VXLAN_PORT_NS));
        must("ip", "addr", "add", overlay + ".1/30", "dev", hostVxlan);
        must("ip", "link", "set", hostVxlan, "mtu", "1400", "up");
        for (String device : List.of(nsVxlan, nsVeth)) {
            ns("ethtool", "-K", device, "tx", "off");
        }
        for (String device : List.of(hostVxlan, hostVeth)) {
            must("ethtool", "-K", device, "tx", "off");
        }
        relay = new DelayRelay(new InetSocketAddress(InetAddress.ofLiteral(hostAddress), relayPort),
                new InetSocketAddress(InetAddress.ofLiteral("127.0.0.2"), 0),
                new InetSocketAddress(InetAddress.ofLiteral(hostAddress), hostPort), impairment.roundTrip());
    }

    /** Where the encoder in the namespace reaches this host's listeners. */
    public String serverAddress() {
        return serverAddress;
    }

    /** The encoder's address as the server sees it. */
    public String encoderAddress() {
        return impairment.roundTrip().isZero() ? nsAddress : serverAddress.replaceFirst("\\.1$", ".2");
    }

    public Impairment impairment() {
        return impairment;
    }

    /** A command run inside the namespace (ip netns exec execs it: the process is the command itself). */
    public List<String> inside(List<String> command) {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        all.addAll(command);
        return List.copyOf(all);
    }

    public String namespace() {
        return namespace;
    }

    @Override
    public void close() {
        tearDown();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private synchronized void tearDown() {
        if (relay != null) {
            try {
                relay.close();
            } catch (IOException e) {
                // best effort
            }
            relay = null;
        }
        run(false, "ip", "link", "del", hostVxlan);
        run(false, "ip", "netns", "del", namespace);
        run(false, "ip", "link", "del", hostVeth); // usually gone with the namespace, which the kernel ends lazily
    }

    /** Whether anything of this line is still on the host (tests check their own cleanup). */
    public boolean leftovers() {
        String namespaces = run(false, "ip", "netns", "list");
        String links = run(false, "ip", "-o", "link", "show");
        return (namespaces != null && namespaces.contains(namespace)) || (links != null
                && (links.contains(hostVeth + "@") || links.contains(hostVeth + ":") || links.contains(hostVxlan + ":")));
    }

    /** Removes namespaces and links of lines whose JVM is gone (killed before it could clean up). */
    public static void sweep() {
        List<String> stale = new ArrayList<>();
        String namespaces = run(false, "ip", "netns", "list");
        if (namespaces != null) {
            namespaces.lines().map(l -> l.split("\\s+")[0]).filter(name -> dead(name)).forEach(name -> {
                run(false, "ip", "netns", "del", name);
                stale.add(name);
            });
        }
        String links = run(false, "ip", "-o", "link", "show");
        if (links != null) {
            for (String line : links.lines().toList()) {
                String[] parts = line.split(":\\s+");
                if (parts.length > 1) {
                    String name = parts[1].split("@")[0];
                    if (dead(name)) {
                        run(false, "ip", "link", "del", name);
                        stale.add(name);
                    }
                }
            }
        }
        if (!stale.isEmpty()) {
            System.err.println("lossy line: removed leftovers of a killed run: " + stale);
        }
    }

    private static boolean dead(String name) {
        Matcher m = OURS.matcher(name);
        return m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true);
    }

    private void ns(String... command) throws IOException {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        all.addAll(List.of(command));
        must(all.toArray(String[]::new));
    }

    private static void must(String... command) throws IOException {
        if (run(true, command) == null) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    /** Runs a command; its output, or null when it failed (then logged if {@code loud}). */
    private static @Nullable String run(boolean loud, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            if (process.exitValue() != 0) {
                if (loud) {
                    System.err.println(String.join(" ", command) + ": " + out.trim());
                }
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int freeUdpPort() throws IOException {
        return com.example.backupingest.monitor.testing.FreePort.nextUdp();
    }
}

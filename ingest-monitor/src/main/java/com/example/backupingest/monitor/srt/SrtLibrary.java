package com.example.backupingest.monitor.srt;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The few libsrt 1.5 calls the listener needs, through the JDK's foreign function API (no JNI code,
 * no extra library: Debian's libsrt1.5 comes with ffmpeg). Option numbers, reject codes and the
 * statistics offsets are libsrt 1.5's ABI (srt.h, access_control.h; offsets of SRT_TRACEBSTATS read
 * with offsetof on x86-64). Errors become {@link SrtException} with libsrt's own message.
 */
final class SrtLibrary {

    static final int SRT_INVALID_SOCK = -1;
    static final int SRT_ERROR = -1;
    // SRT_SOCKOPT
    static final int SRTO_RCVSYN = 2;
    static final int SRTO_RCVTIMEO = 14;
    static final int SRTO_PASSPHRASE = 26;
    static final int SRTO_RCVLATENCY = 43;
    static final int SRTO_STREAMID = 46;
    static final int SRTO_ENFORCEDENCRYPTION = 53;
    // SRT_ERRNO
    static final int SRT_EASYNCRCV = 6002;
    static final int SRT_ETIMEOUT = 6003;
    // reject reasons: predefined (access_control.h)
    static final int REJX_BAD_REQUEST = 1400;
    static final int REJX_UNAUTHORIZED = 1401;
    static final int REJX_OVERLOAD = 1402;
    static final int REJX_FORBIDDEN = 1403;
    static final int REJX_NOTFOUND = 1404;
    static final int REJX_CONFLICT = 1409;
    static final int LOG_ERR = 3;
    /** sizeof(SRT_TRACEBSTATS) and the offsets of the receiver's figures in it. */
    static final long STATS_SIZE = 496;
    private static final long OFF_PKT_RECV_TOTAL = 16;
    private static final long OFF_PKT_RCV_LOSS_TOTAL = 28;
    private static final long OFF_PKT_RCV_DROP_TOTAL = 68;
    private static final long OFF_PKT_RCV_RETRANS = 164;
    private static final long OFF_MBPS_RECV_RATE = 192;
    private static final long OFF_MS_RTT = 328;
    private static final long OFF_MS_RCV_TSBPD_DELAY = 392;

    private static final short AF_INET = 2;
    private static final short AF_INET6 = 10;
    private static final ValueLayout.OfShort PORT = JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN);

    /** srt_listen_callback_fn: int (void* opaq, SRTSOCKET ns, int hsversion, const sockaddr* peer, const char* streamid). */
    static final FunctionDescriptor LISTEN_CALLBACK = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT,
            ADDRESS, ADDRESS);

    private final Linker linker = Linker.nativeLinker();
    private final String name;
    private final MethodHandle startup;
    private final MethodHandle cleanup;
    private final MethodHandle createSocket;
    private final MethodHandle bind;
    private final MethodHandle listen;
    private final MethodHandle accept;
    private final MethodHandle close;
    private final MethodHandle setsockflag;
    private final MethodHandle getsockflag;
    private final MethodHandle recvmsg;
    private final MethodHandle bstats;
    private final MethodHandle lastErrorString;
    private final MethodHandle lastError;
    private final MethodHandle setRejectReason;
    private final MethodHandle listenCallback;
    private final MethodHandle setLogLevel;

    private SrtLibrary(String name, SymbolLookup lookup) {
        this.name = name;
        startup = handle(lookup, "srt_startup", FunctionDescriptor.of(JAVA_INT));
        cleanup = handle(lookup, "srt_cleanup", FunctionDescriptor.of(JAVA_INT));
        createSocket = handle(lookup, "srt_create_socket", FunctionDescriptor.of(JAVA_INT));
        bind = handle(lookup, "srt_bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        listen = handle(lookup, "srt_listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        accept = handle(lookup, "srt_accept", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
        close = handle(lookup, "srt_close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        setsockflag = handle(lookup, "srt_setsockflag", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS,
                JAVA_INT));
        getsockflag = handle(lookup, "srt_getsockflag", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS,
                ADDRESS));
        recvmsg = handle(lookup, "srt_recvmsg", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        bstats = handle(lookup, "srt_bstats", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
        lastErrorString = handle(lookup, "srt_getlasterror_str", FunctionDescriptor.of(ADDRESS));
        lastError = handle(lookup, "srt_getlasterror", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        setRejectReason = handle(lookup, "srt_setrejectreason", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        listenCallback = handle(lookup, "srt_listen_callback", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS,
                ADDRESS));
        setLogLevel = handle(lookup, "srt_setloglevel", FunctionDescriptor.ofVoid(JAVA_INT));
    }

    /** The first of {@code names} the dynamic linker finds, started up; empty when none is installed. */
    static Optional<SrtLibrary> load(List<String> names) {
        for (String candidate : names) {
            try {
                SrtLibrary library = new SrtLibrary(candidate, SymbolLookup.libraryLookup(candidate, Arena.global()));
                library.check((int) library.startup.invokeExact(), "srt_startup");
                // only errors on stderr: libsrt's notices would flood the log on a lossy line
                library.setLogLevel.invokeExact(LOG_ERR);
                return Optional.of(library);
            } catch (IllegalArgumentException notFound) {
                // try the next name
            } catch (Throwable e) {
                throw new IllegalStateException("libsrt " + candidate + " did not start: " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    String name() {
        return name;
    }

    /**
     * Gives back this load's {@code srt_startup}: libsrt counts them and stops its threads when the
     * last one is given back. Every load must be released once; a count left above zero makes
     * libsrt's static destructor free its state under its running threads when the process exits
     * (glibc: "double free or corruption", the JVM aborts).
     */
    void release() {
        try {
            int ignored = (int) cleanup.invokeExact();
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    int createSocket() {
        try {
            int socket = (int) createSocket.invokeExact();
            if (socket == SRT_INVALID_SOCK) {
                throw error("srt_create_socket");
            }
            return socket;
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    void setInt(int socket, int option, int value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocateFrom(JAVA_INT, value);
            check((int) setsockflag.invokeExact(socket, option, v, 4), "srt_setsockflag " + option);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Sets a string option (passphrase); the bytes live only for the call, libsrt copies them. */
    void setString(int socket, int option, String value) {
        try (Arena arena = Arena.ofConfined()) {
            byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
            MemorySegment v = arena.allocate(bytes.length);
            MemorySegment.copy(bytes, 0, v, JAVA_BYTE, 0, bytes.length);
            check((int) setsockflag.invokeExact(socket, option, v, bytes.length), "srt_setsockflag " + option);
            v.fill((byte) 0);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    String getString(int socket, int option) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(1024);
            MemorySegment length = arena.allocateFrom(JAVA_INT, 1024);
            check((int) getsockflag.invokeExact(socket, option, v, length), "srt_getsockflag " + option);
            int n = length.get(JAVA_INT, 0);
            return new String(v.asSlice(0, Math.max(0, Math.min(n, 1024))).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    void bind(int socket, InetSocketAddress address) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sockaddr = sockaddr(arena, address);
            check((int) bind.invokeExact(socket, sockaddr, (int) sockaddr.byteSize()), "srt_bind " + address);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    void listen(int socket, int backlog) {
        try {
            check((int) listen.invokeExact(socket, backlog), "srt_listen");
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    void listenCallback(int socket, MemorySegment hook) {
        try {
            check((int) listenCallback.invokeExact(socket, hook, MemorySegment.NULL), "srt_listen_callback");
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Blocks until a caller completed its handshake; the accepted socket and where it came from. */
    Accepted accept(int listener) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment peer = arena.allocate(128);
            MemorySegment length = arena.allocateFrom(JAVA_INT, 128);
            int socket = (int) accept.invokeExact(listener, peer, length);
            if (socket == SRT_INVALID_SOCK) {
                throw error("srt_accept");
            }
            return new Accepted(socket, address(peer));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    record Accepted(int socket, String peerAddress) {
    }

    /**
     * Reads one message (a UDP payload, up to 1456 bytes) into {@code buffer}: its length, 0 when the
     * receive timeout passed without data, -1 when the connection is over.
     */
    int receive(int socket, MemorySegment buffer) {
        try {
            int n = (int) recvmsg.invokeExact(socket, buffer, (int) buffer.byteSize());
            if (n >= 0) {
                return n;
            }
            int code = lastErrorCode();
            return code == SRT_EASYNCRCV || code == SRT_ETIMEOUT ? 0 : -1;
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** The receiver's figures since the connection started (never cleared). */
    Stats stats(int socket) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment perf = arena.allocate(STATS_SIZE, 8);
            check((int) bstats.invokeExact(socket, perf, 0), "srt_bstats");
            return new Stats(perf.get(JAVA_LONG, OFF_PKT_RECV_TOTAL), perf.get(JAVA_INT, OFF_PKT_RCV_LOSS_TOTAL),
                    perf.get(JAVA_INT, OFF_PKT_RCV_RETRANS), perf.get(JAVA_INT, OFF_PKT_RCV_DROP_TOTAL),
                    perf.get(JAVA_DOUBLE, OFF_MS_RTT), perf.get(JAVA_DOUBLE, OFF_MBPS_RECV_RATE),
                    perf.get(JAVA_INT, OFF_MS_RCV_TSBPD_DELAY));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    record Stats(long packetsReceived, int packetsLost, int packetsRetransmitted, int packetsDropped, double rttMs,
            double receiveMbps, int latencyMs) {
    }

    void close(int socket) {
        try {
            int ignored = (int) close.invokeExact(socket);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Only from inside the listen callback: the code the caller's handshake is refused with. */
    void reject(int socket, int reason) {
        try {
            int ignored = (int) setRejectReason.invokeExact(socket, reason);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** A callback stub libsrt can call for as long as the JVM runs (never freed: one per listener). */
    MemorySegment upcall(Object target, String method) {
        try {
            MethodHandle handle = MethodHandles.lookup().findVirtual(target.getClass(), method,
                    MethodType.methodType(int.class, MemorySegment.class, int.class, int.class, MemorySegment.class,
                            MemorySegment.class)).bindTo(target);
            return linker.upcallStub(handle, LISTEN_CALLBACK, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A peer's address from a sockaddr libsrt hands out (IPv4 or IPv6). */
    static String address(MemorySegment sockaddr) {
        MemorySegment s = sockaddr.reinterpret(28);
        short family = s.get(JAVA_SHORT, 0);
        try {
            if (family == AF_INET) {
                return InetAddress.getByAddress(s.asSlice(4, 4).toArray(JAVA_BYTE)).getHostAddress();
            }
            if (family == AF_INET6) {
                InetAddress address = InetAddress.getByAddress(s.asSlice(8, 16).toArray(JAVA_BYTE));
                return address.getHostAddress();
            }
        } catch (UnknownHostException e) {
            return "unknown";
        }
        return "unknown";
    }

    static MemorySegment sockaddr(Arena arena, InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        if (ip instanceof Inet4Address) {
            MemorySegment s = arena.allocate(16, 4);
            s.set(JAVA_SHORT, 0, AF_INET);
            s.set(PORT, 2, (short) address.getPort());
            MemorySegment.copy(ip.getAddress(), 0, s, JAVA_BYTE, 4, 4);
            return s;
        }
        if (ip instanceof Inet6Address) {
            MemorySegment s = arena.allocate(28, 4);
            s.set(JAVA_SHORT, 0, AF_INET6);
            s.set(PORT, 2, (short) address.getPort());
            MemorySegment.copy(ip.getAddress(), 0, s, JAVA_BYTE, 8, 16);
            return s;
        }
        throw new IllegalArgumentException("not an IP address: " + address);
    }

    /** A C string from libsrt (a stream id of at most 512 bytes); empty for NULL. */
    static String string(MemorySegment pointer) {
        return pointer.equals(MemorySegment.NULL) ? "" : pointer.reinterpret(513).getString(0, StandardCharsets.UTF_8);
    }

    private MethodHandle handle(SymbolLookup lookup, String symbol, FunctionDescriptor descriptor) {
        MemorySegment address = lookup.find(symbol)
                .orElseThrow(() -> new IllegalStateException(name + " has no " + symbol + " (libsrt 1.5 needed)"));
        return linker.downcallHandle(address, descriptor);
    }

    private void check(int result, String call) {
        if (result == SRT_ERROR) {
            throw error(call);
        }
    }

    private int lastErrorCode() throws Throwable {
        return (int) lastError.invokeExact(MemorySegment.NULL);
    }

    private SrtException error(String call) {
        try {
            MemorySegment text = (MemorySegment) lastErrorString.invokeExact();
            return new SrtException(call + ": " + string(text) + " (" + lastErrorCode() + ")");
        } catch (Throwable e) {
            return new SrtException(call + " failed");
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new SrtException(e.getMessage() == null ? e.toString() : e.getMessage());
    }
}

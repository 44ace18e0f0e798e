package com.example.backupingest.monitor.api.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Whether a TCP port is free to bind, and whether something accepts connections on it. */
public final class PortCheck {

    private PortCheck() {
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean accepts(int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming the port and the property that sets it. */
    public static void requireFree(int port, String property) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " is already in use; stop the program using it or set "
                    + property + " to a free port");
        }
    }
}

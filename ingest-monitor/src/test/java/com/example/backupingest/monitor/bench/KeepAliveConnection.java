package com.example.backupingest.monitor.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One viewer's HTTP/1.1 keep-alive connection on a plain socket, as a browser keeps one per host: one
 * request at a time, reopened only when the server closed it. A reused connection that the server
 * closed while idle is retried once on a fresh one, as browsers do for GETs; that counts as a reopen,
 * not a failure. Not thread-safe: one viewer, one thread.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** Status and body; the body is kept only when asked for, else only counted. */
    record Response(int status, byte[] body, long bytes) {
    }

    private final InetSocketAddress server;
    private final String hostHeader;
    private final int timeoutMillis;
    private final byte[] buffer = new byte[16 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int position;
    private int limit;
    private boolean statusReceived;
    private int opened;
    private int closedByServer;

    KeepAliveConnection(String host, int port, Duration timeout) {
        this.server = new InetSocketAddress(host, port);
        this.hostHeader = host + ":" + port;
        this.timeoutMillis = (int) timeout.toMillis();
    }

    Response get(String path, boolean keepBody) throws IOException {
        boolean reused = socket != null;
        if (!reused) {
            open();
        }
        try {
            return exchange(path, keepBody);
        } catch (IOException e) {
            close();
            if (!reused || statusReceived || e instanceof SocketTimeoutException) {
                throw e; // a slow server is a failure, not a closed idle connection
            }
            closedByServer++; // closed while idle (keep-alive timeout): the browser retries at once
            open();
            return exchange(path, keepBody);
        }
    }

    /** Connections opened so far (1 while the server keeps the first one alive). */
    int opened() {
        return opened;
    }

    /** Times the server ended the connection: {@code Connection: close} or closed while idle. */
    int closedByServer() {
        return closedByServer;
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(server, timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        position = 0;
        limit = 0;
        opened++;
    }

    private Response exchange(String path, boolean keepBody) throws IOException {
        statusReceived = false;
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nUser-Agent: viewer-load\r\nAccept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String statusLine = readLine();
        statusReceived = true;
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
        long bytes;
        if (chunked) {
            bytes = 0;
            for (long chunk = Long.parseLong(readLine().split(";")[0].trim(), 16); chunk > 0;
                    chunk = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
                bytes += consume(chunk, body);
                readLine();
            }
            while (!readLine().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            bytes = consume(length, body);
        } else if (status == 204 || status == 304) {
            bytes = 0;
        } else {
            bytes = consume(Long.MAX_VALUE, body); // until the server closes
            close = true;
        }
        if (close) {
            closedByServer++;
            close();
        }
        return new Response(status, body == null ? null : body.toByteArray(), bytes);
    }

    /** Reads {@code count} body bytes (or until end of stream for MAX_VALUE), keeping them if asked. */
    private long consume(long count, ByteArrayOutputStream body) throws IOException {
        long left = count;
        while (left > 0) {
            if (position == limit && !fill()) {
                if (count == Long.MAX_VALUE) {
                    return count - left;
                }
                throw new EOFException("connection closed in the body");
            }
            int n = (int) Math.min(left, limit - position);
            if (body != null) {
                body.write(buffer, position, n);
            }
            position += n;
            left -= n;
        }
        return count;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (position == limit && !fill()) {
                throw new EOFException("connection closed");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}

package com.example.backupingest.monitor.entrypoint;

import java.nio.file.Path;

/**
 * RTMPS and SRT beside plain RTMP on one entrypoint's nginx. RTMPS: nginx's stream module
 * terminates TLS on {@code rtmpsPort} (the RTMP listen address) with the certificate and key in the
 * one PEM file {@code certificate}, read at every handshake (so a new certificate needs no reload),
 * and hands the connection with a PROXY protocol header to nginx-rtmp on 127.0.0.1:{@code rtmpsRelayPort};
 * the transcoder reads those streams on 127.0.0.1:{@code rtmpsReadPort} (the same rtmp server without
 * PROXY protocol, which ffmpeg does not speak).
 * SRT: the monitor's SRT listener relays each admitted caller to nginx-rtmp on
 * 127.0.0.1:{@code srtRelayPort}. Each way in is an rtmp {@code server} of its own, so the callback
 * nginx makes tells which protocol a publisher used.
 */
public record SecureListeners(int rtmpsPort, int rtmpsRelayPort, int rtmpsReadPort, int srtRelayPort, Path streamModule,
        Path certificate) {

    /** A port of 0 leaves that way in out ({@code monitor.rtmps.enabled}, {@code monitor.srt.enabled}). */
    public boolean rtmps() {
        return rtmpsPort > 0;
    }

    public boolean srt() {
        return srtRelayPort > 0;
    }
}

package com.example.backupingest.monitor.hls;

import java.io.ByteArrayOutputStream;

/**
 * Takes an MPEG-TS stream apart, packet by packet, as far as a format probe needs it: the PAT names
 * the PMT, the PMT the first video and the first audio elementary stream, whose PES payloads (PES
 * headers stripped) it collects from their first unit start on, while the caller wants them.
 */
final class TsDemuxer {

    static final int PACKET = 188;
    /** Stream type of H.264 video in a PMT. */
    static final int H264 = 0x1B;
    private static final int MAX_PES = 1 << 20;

    /** Which collected payload a packet added to (and that payload has started). */
    enum Payload {
        NONE, VIDEO, AUDIO
    }

    private int pmtPid = -1;
    private int videoPid = -1;
    private int videoType = -1;
    private int audioPid = -1;
    private int audioType = -1;
    private boolean pmtSeen;
    private final ByteArrayOutputStream video = new ByteArrayOutputStream();
    private boolean videoStarted;
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private boolean audioStarted;

    /** Whether a packet starts with the sync byte (ffmpeg's segments are always aligned). */
    static boolean synced(byte[] packet) {
        return (packet[0] & 0xFF) == 0x47;
    }

    /**
     * Reads one 188-byte packet.
     *
     * @param takeVideo whether the video payload is still wanted
     * @param takeAudio whether the audio payload is still wanted
     * @return the payload that has started and may have grown, for the caller to look at again
     */
    Payload packet(byte[] p, boolean takeVideo, boolean takeAudio) {
        boolean unitStart = (p[1] & 0x40) != 0;
        int pid = (p[1] & 0x1F) << 8 | (p[2] & 0xFF);
        int adaptation = (p[3] >> 4) & 0x3;
        int offset = 4;
        if (adaptation == 2 || adaptation == 0) {
            return Payload.NONE; // no payload
        }
        if (adaptation == 3) {
            offset += 1 + (p[4] & 0xFF);
        }
        if (offset >= PACKET) {
            return Payload.NONE;
        }
        if (pid == 0 && unitStart && pmtPid < 0) {
            pat(p, offset);
        } else if (pid == pmtPid && unitStart && !pmtSeen) {
            pmt(p, offset);
        } else if (pid == videoPid && takeVideo) {
            videoStarted = pes(p, offset, unitStart, video, videoStarted);
            return videoStarted ? Payload.VIDEO : Payload.NONE;
        } else if (pid == audioPid && takeAudio) {
            audioStarted = pes(p, offset, unitStart, audio, audioStarted);
            return audioStarted ? Payload.AUDIO : Payload.NONE;
        }
        return Payload.NONE;
    }

    boolean pmtSeen() {
        return pmtSeen;
    }

    /** The PMT stream type of the video, -1 before the PMT or without video. */
    int videoType() {
        return videoType;
    }

    /** The PMT stream type of the audio, -1 before the PMT or without audio. */
    int audioType() {
        return audioType;
    }

    boolean hasAudio() {
        return audioPid >= 0;
    }

    /** The video payload collected so far (an Annex B byte stream for H.264). */
    byte[] video() {
        return video.toByteArray();
    }

    byte[] audio() {
        return audio.toByteArray();
    }

    /** Appends a PES packet's payload (the PES header stripped) from its first unit start on. */
    private static boolean pes(byte[] p, int offset, boolean unitStart, ByteArrayOutputStream into, boolean started) {
        if (unitStart) {
            if (PACKET - offset < 9 || p[offset] != 0 || p[offset + 1] != 0 || p[offset + 2] != 1) {
                return started;
            }
            int headerLength = p[offset + 8] & 0xFF;
            int payload = offset + 9 + headerLength;
            if (payload < PACKET) {
                into.write(p, payload, PACKET - payload);
            }
            return true;
        }
        if (started && into.size() < MAX_PES) {
            into.write(p, offset, PACKET - offset);
        }
        return started;
    }

    private void pat(byte[] p, int offset) {
        int section = offset + 1 + (p[offset] & 0xFF); // pointer_field
        if (section + 8 > PACKET || p[section] != 0x00) {
            return;
        }
        int length = (p[section + 1] & 0x0F) << 8 | (p[section + 2] & 0xFF);
        int end = Math.min(PACKET, section + 3 + length - 4); // without the CRC
        for (int i = section + 8; i + 4 <= end; i += 4) {
            int program = (p[i] & 0xFF) << 8 | (p[i + 1] & 0xFF);
            if (program != 0) {
                pmtPid = (p[i + 2] & 0x1F) << 8 | (p[i + 3] & 0xFF);
                return;
            }
        }
    }

    private void pmt(byte[] p, int offset) {
        int section = offset + 1 + (p[offset] & 0xFF);
        if (section + 12 > PACKET || p[section] != 0x02) {
            return;
        }
        int length = (p[section + 1] & 0x0F) << 8 | (p[section + 2] & 0xFF);
        int end = Math.min(PACKET, section + 3 + length - 4);
        int programInfo = (p[section + 10] & 0x0F) << 8 | (p[section + 11] & 0xFF);
        for (int i = section + 12 + programInfo; i + 5 <= end; ) {
            int type = p[i] & 0xFF;
            int pid = (p[i + 1] & 0x1F) << 8 | (p[i + 2] & 0xFF);
            int info = (p[i + 3] & 0x0F) << 8 | (p[i + 4] & 0xFF);
            if (isVideo(type) && videoPid < 0) {
                videoPid = pid;
                videoType = type;
            } else if (isAudio(type) && audioPid < 0) {
                audioPid = pid;
                audioType = type;
            }
            i += 5 + info;
        }
        pmtSeen = true;
    }

    private static boolean isVideo(int type) {
        return type == 0x01 || type == 0x02 || type == 0x10 || type == H264 || type == 0x24;
    }

    private static boolean isAudio(int type) {
        return type == 0x03 || type == 0x04 || type == 0x0F || type == 0x11 || type == 0x81 || type == 0x87;
    }
}

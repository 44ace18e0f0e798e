package com.example.backupingest.monitor.transcode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The presentation timestamp (90 kHz) of the first video PES packet of an MPEG-TS segment: PAT, PMT
 * (the first video stream), then that stream's first PES header with a PTS. Reads the head of the
 * file only (ffmpeg's segments start with PAT/PMT and a keyframe).
 */
final class FirstVideoPts {

    private static final int PACKET = 188;
    private static final int MAX_PACKETS = 4096;

    private FirstVideoPts() {
    }

    static OptionalLong of(Path segment) {
        try (InputStream in = Files.newInputStream(segment)) {
            return read(in);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong read(InputStream in) throws IOException {
        byte[] p = new byte[PACKET];
        int pmtPid = -1;
        int videoPid = -1;
        for (int n = 0; n < MAX_PACKETS && in.readNBytes(p, 0, PACKET) == PACKET; n++) {
            if ((p[0] & 0xFF) != 0x47) {
                return OptionalLong.empty();
            }
            boolean unitStart = (p[1] & 0x40) != 0;
            int pid = (p[1] & 0x1F) << 8 | (p[2] & 0xFF);
            int adaptation = (p[3] >> 4) & 0x3;
            if (adaptation == 0 || adaptation == 2 || !unitStart) {
                continue;
            }
            int offset = adaptation == 3 ? 5 + (p[4] & 0xFF) : 4;
            if (offset >= PACKET - 14) {
                continue;
            }
            if (pid == 0 && pmtPid < 0) {
                int section = offset + 1 + (p[offset] & 0xFF);
                // first program entry: program_number (2), reserved + PID (2)
                int programs = section + 8;
                for (int i = programs; i + 4 <= PACKET; i += 4) {
                    int program = (p[i] & 0xFF) << 8 | (p[i + 1] & 0xFF);
                    if (program != 0) {
                        pmtPid = (p[i + 2] & 0x1F) << 8 | (p[i + 3] & 0xFF);
                        break;
                    }
                }
            } else if (pid == pmtPid && videoPid < 0) {
                videoPid = videoPid(p, offset + 1 + (p[offset] & 0xFF));
            } else if (pid == videoPid && p[offset] == 0 && p[offset + 1] == 0 && p[offset + 2] == 1) {
                boolean hasPts = (p[offset + 7] & 0x80) != 0;
                if (!hasPts) {
                    return OptionalLong.empty();
                }
                int b = offset + 9;
                long pts = ((long) (p[b] & 0x0E) << 29) | ((p[b + 1] & 0xFF) << 22) | ((p[b + 2] & 0xFE) << 14)
                        | ((p[b + 3] & 0xFF) << 7) | ((p[b + 4] & 0xFE) >> 1);
                return OptionalLong.of(pts);
            }
        }
        return OptionalLong.empty();
    }

    /** The elementary PID of the first video stream (H.264, HEVC, MPEG-2) in a PMT section. */
    private static int videoPid(byte[] p, int section) {
        if (section + 12 > PACKET) {
            return -1;
        }
        int sectionLength = (p[section + 1] & 0x0F) << 8 | (p[section + 2] & 0xFF);
        int programInfoLength = (p[section + 10] & 0x0F) << 8 | (p[section + 11] & 0xFF);
        int end = Math.min(PACKET, section + 3 + sectionLength - 4);
        for (int i = section + 12 + programInfoLength; i + 5 <= end; ) {
            int type = p[i] & 0xFF;
            int pid = (p[i + 1] & 0x1F) << 8 | (p[i + 2] & 0xFF);
            int infoLength = (p[i + 3] & 0x0F) << 8 | (p[i + 4] & 0xFF);
            if (type == 0x1B || type == 0x24 || type == 0x02) {
                return pid;
            }
            i += 5 + infoLength;
        }
        return -1;
    }
}

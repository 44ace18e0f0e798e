package com.example.backupingest.monitor.hls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the format of an MPEG-TS segment in Java, so edge hosts need no ffprobe: the demuxer
 * ({@link TsDemuxer}) finds the streams; the H.264 sequence parameter set ({@link H264Sps}) gives
 * codec and picture size; the first ADTS header gives the AAC object type ({@code mp4a.40.<aot>}), an
 * MPEG audio header layer 3 ({@code mp4a.40.34}). Reads only until both are found (usually the first
 * few packets). Limits: HE-AAC signalled implicitly in ADTS reads as its core ({@code mp4a.40.2});
 * video other than H.264 (HEVC cannot arrive over nginx-rtmp) gives no format at all.
 */
final class TsFormatProbe {

    /** A segment without an SPS in its first megabytes has none we can use. */
    private static final long MAX_BYTES = 8L << 20;

    private final TsDemuxer demuxer = new TsDemuxer();
    private @Nullable H264Sps sps;
    private @Nullable String audioCodec;
    private boolean audioUnknown;

    private TsFormatProbe() {
    }

    static Optional<SegmentFormat> probe(byte[] segment) {
        try {
            return probe(new ByteArrayInputStream(segment));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<SegmentFormat> probe(InputStream in) throws IOException {
        return new TsFormatProbe().run(in);
    }

    private Optional<SegmentFormat> run(InputStream in) throws IOException {
        byte[] packet = new byte[TsDemuxer.PACKET];
        long read = 0;
        while (read < MAX_BYTES && in.readNBytes(packet, 0, TsDemuxer.PACKET) == TsDemuxer.PACKET) {
            read += TsDemuxer.PACKET;
            if (!TsDemuxer.synced(packet)) {
                return Optional.empty(); // not MPEG-TS (or not aligned: ffmpeg's segments always are)
            }
            boolean takeVideo = demuxer.videoType() == TsDemuxer.H264 && sps == null;
            boolean takeAudio = audioCodec == null && !audioUnknown;
            switch (demuxer.packet(packet, takeVideo, takeAudio)) {
                case VIDEO -> sps = H264Sps.find(demuxer.video());
                case AUDIO -> audioHeader(demuxer.audio());
                case NONE -> {
                }
            }
            if (done()) {
                break;
            }
        }
        if (sps == null) {
            return Optional.empty();
        }
        String codecs = audioUnknown ? null
                : audioCodec == null ? sps.codec() : sps.codec() + "," + audioCodec;
        return Optional.of(new SegmentFormat(sps.width(), sps.height(), codecs,
                SegmentFormat.playableProfile(sps.profile())));
    }

    private boolean done() {
        boolean audioDone = demuxer.pmtSeen() && (!demuxer.hasAudio() || audioCodec != null || audioUnknown);
        return sps != null && audioDone || (demuxer.pmtSeen() && demuxer.videoType() != TsDemuxer.H264);
    }

    private void audioHeader(byte[] data) {
        if (data.length < 4) {
            return;
        }
        if ((data[0] & 0xFF) != 0xFF || (data[1] & 0xE0) != 0xE0) {
            audioUnknown = true; // the PES does not start with a frame header: not something we can name
            return;
        }
        int audioType = demuxer.audioType();
        if (audioType == 0x0F && (data[1] & 0xF6) == 0xF0) { // ADTS: 12-bit sync, layer 00
            audioCodec = "mp4a.40." + (((data[2] & 0xFF) >> 6) + 1);
        } else if ((audioType == 0x03 || audioType == 0x04) && ((data[1] >> 1) & 0x3) == 0x1) { // MPEG audio layer III
            audioCodec = "mp4a.40.34";
        } else {
            audioUnknown = true;
        }
    }
}

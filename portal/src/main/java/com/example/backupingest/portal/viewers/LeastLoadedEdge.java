package com.example.backupingest.portal.viewers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The edge with the fewest viewers now; among equally loaded edges the viewer's hash decides, so
 * the same viewer lands on the same edge again and a burst of new viewers spreads out.
 */
final class LeastLoadedEdge {

    private LeastLoadedEdge() {
    }

    /** @param candidates non-empty, in edge order; edges missing from {@code loads} have none */
    static String pick(List<String> candidates, Map<String, Integer> loads, String viewerId) {
        int least = candidates.stream().mapToInt(edge -> loads.getOrDefault(edge, 0)).min().orElseThrow();
        List<String> tied = candidates.stream().filter(edge -> loads.getOrDefault(edge, 0) == least).toList();
        return tied.get((int) (hash(viewerId) % tied.size()));
    }

    /** CRC32: the same on every node and JVM (unlike identity hashes), spread well enough for ids. */
    static long hash(String viewerId) {
        CRC32 crc = new CRC32();
        crc.update(viewerId.getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }
}

package com.example.backupingest.monitor.front;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.edge.EdgeMirror.MirroredSegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontFolderTest {

    @TempDir
    Path dir;

    @Test
    void segments_and_the_playlist_land_in_the_edges_rendition_folder_and_only_the_newest_segments_stay() throws Exception {
        FrontLayout layout = new FrontLayout(dir);
        FrontFolder folder = new FrontFolder(layout, 3);
        for (int i = 1; i <= 5; i++) {
            folder.media("c1", "edge-1", Rendition.P480, "#EXTM3U\nseg-" + i + ".ts\n",
                    List.of(new MirroredSegment("seg-" + i + ".ts", new byte[] {(byte) i})));
        }

        Path rendition = dir.resolve("edges/c1/edge-1/480p");
        assertThat(Files.readString(rendition.resolve("index.m3u8"))).isEqualTo("#EXTM3U\nseg-5.ts\n");
        assertThat(rendition.resolve("seg-1.ts")).doesNotExist();
        assertThat(rendition.resolve("seg-2.ts")).doesNotExist();
        assertThat(Files.readAllBytes(rendition.resolve("seg-5.ts"))).containsExactly(5);
        try (var files = Files.list(rendition)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("index.m3u8", "seg-3.ts", "seg-4.ts", "seg-5.ts");
        }
    }

    @Test
    void a_reset_removes_the_links_and_copies_of_an_earlier_run() throws Exception {
        FrontLayout layout = new FrontLayout(dir);
        Files.createDirectories(layout.rendition("c1", "edge-1", Rendition.P360));
        Files.createDirectories(layout.ticket("c1", "edge-1", "old").getParent());
        Files.createSymbolicLink(layout.ticket("c1", "edge-1", "old"), layout.edge("c1", "edge-1"));

        FrontFolder.reset(layout);

        assertThat(layout.ticket("c1", "edge-1", "old")).doesNotExist();
        assertThat(layout.edge("c1", "edge-1")).doesNotExist();
        assertThat(layout.tickets()).isDirectory();
        assertThat(layout.edges()).isDirectory();
    }
}

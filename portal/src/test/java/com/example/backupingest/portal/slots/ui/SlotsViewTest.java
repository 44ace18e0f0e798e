package com.example.backupingest.portal.slots.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.base.ViewTestSupport;
import com.example.backupingest.portal.security.WithPortalUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithPortalUser
class SlotsViewTest extends ViewTestSupport {

    @Autowired
    StreamSetupService setup;

    private static ContentSetup content(String id, String name, boolean backup) {
        var a = new IngestEndpoint(Entrypoint.PRIMARY, "rtmp://a/live", "••••1234");
        var b = new IngestEndpoint(Entrypoint.BACKUP, "rtmp://b/live", "••••5678");
        return new ContentSetup(id, name, backup ? List.of(a, b) : List.of(a));
    }

    @Test
    void with_backup_every_content_takes_two_slots_and_extra_slots_are_marked() {
        when(setup.contents()).thenReturn(List.of(content("c1", "Main stage", true), content("c2", "Hall B", true)));
        navigate(SlotsView.class);
        assertThat(find(Paragraph.class).withClassName("headline-figure").first().getText())
                .isEqualTo("2 contents × 2 ingest servers = 4 of 4 slots");
        List<SlotTile> tiles = find(SlotTile.class).all();
        assertThat(tiles).hasSize(4);
        assertThat(tiles.get(2).getElement().getTextRecursively()).contains("Slot 3", "Extra", "Hall B", "Ingest server A (primary)");
        assertThat(find(Paragraph.class).withTextContaining("Your 2,500 viewer seats are served by 3 distribution servers")
                .exists()).isTrue();
    }

    @Test
    void without_backup_each_content_takes_one_slot_and_the_rest_is_free() {
        when(setup.contents()).thenReturn(List.of(content("c1", "Main stage", false)));
        navigate(SlotsView.class);
        assertThat(find(Paragraph.class).withClassName("headline-figure").first().getText())
                .isEqualTo("1 content × 1 ingest server = 1 of 2 slots");
        assertThat(find(SlotTile.class).all().get(1).getElement().getTextRecursively()).contains("Free");
    }
}

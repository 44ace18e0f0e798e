package com.example.backupingest.portal.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;

/** The preview player with the rendition choice (original / 480p / 360p). */
class PlayerPanel extends Div {

    PlayerPanel(PreviewPlayer player) {
        addClassName("live-player");
        RadioButtonGroup<String> renditions = new RadioButtonGroup<>(getTranslation("live.player.rendition"));
        renditions.setItems(List.of(PreviewPlayer.RENDITIONS));
        renditions.setItemLabelGenerator(r -> getTranslation("live.player.rendition." + r));
        renditions.setValue("original");
        renditions.addValueChangeListener(e -> player.setRendition(e.getValue()));
        add(new H2(getTranslation("live.player.title")), player, renditions);
    }
}

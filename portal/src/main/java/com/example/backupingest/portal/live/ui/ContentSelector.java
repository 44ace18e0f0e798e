package com.example.backupingest.portal.live.ui;

import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** Picks one of the account's contents; each has its own URL (live/{contentId}). */
class ContentSelector extends Select<ContentSetup> {

    ContentSelector(List<ContentSetup> contents, ContentSetup current) {
        setLabel(getTranslation("live.content"));
        setItems(contents);
        setItemLabelGenerator(ContentSetup::name);
        setValue(current);
        addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate("live/" + e.getValue().contentId())));
    }
}

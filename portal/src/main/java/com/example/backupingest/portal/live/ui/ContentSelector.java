package com.example.backupingest.portal.live.ui;

import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks one of the account's contents; each has its own URL (live/{contentId}). Two contents of
 * the same name are told apart by their ID (the one in the player link and the stream setup).
 */
class ContentSelector extends Select<ContentSetup> {

    ContentSelector(List<ContentSetup> contents, ContentSetup current) {
        Map<String, Long> names = contents.stream().collect(Collectors.groupingBy(ContentSetup::name,
                Collectors.counting()));
        Function<ContentSetup, String> label = c -> names.get(c.name()) > 1
                ? getTranslation("live.content.option", c.name(), c.contentId()) : c.name();
        setLabel(getTranslation("live.content"));
        setItems(contents);
        setItemLabelGenerator(label::apply);
        setValue(current);
        addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate("live/" + e.getValue().contentId())));
    }
}

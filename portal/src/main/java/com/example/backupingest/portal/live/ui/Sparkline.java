package com.example.backupingest.portal.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import java.util.stream.Collectors;

/** Input bitrate over the sparkline window, drawn by {@code frontend/live-sparkline.ts}. */
@Tag("live-sparkline")
@JsModule("./live-sparkline.ts")
class Sparkline extends Component {

    Sparkline(String label) {
        getElement().setAttribute("label", label);
    }

    void setValues(List<Long> values) {
        getElement().setAttribute("values", values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}

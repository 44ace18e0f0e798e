package com.example.backupingest.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

@Tag("hls-player")
@NpmPackage(value = "hls.js", version = "1.6.13")
@JsModule("./hls-player.ts")
class HlsProbe extends Component {
}

package com.example.backupingest.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/backup-ingest/styles.css")
@Push
public class PortalApplication implements AppShellConfigurator {

    /** The product logo as the tab icon; without it every first load asks for a missing /favicon.ico. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "themes/backup-ingest/logo.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}

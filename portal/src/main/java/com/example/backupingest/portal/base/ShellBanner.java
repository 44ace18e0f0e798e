package com.example.backupingest.portal.base;

import com.example.backupingest.portal.security.ReadsOnly;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A banner a feature wants above every view (e.g. support's "acting as" banner). The shell asks
 * each such bean when it renders, so {@code base} depends on no feature.
 */
@FunctionalInterface
public interface ShellBanner {

    /** The banner to show now, or empty. Called on the UI thread whenever the shell renders. */
    @ReadsOnly
    Optional<Component> current();
}

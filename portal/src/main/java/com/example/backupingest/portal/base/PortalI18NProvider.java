package com.example.backupingest.portal.base;

import com.example.backupingest.portal.security.LocaleSelection;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Vaadin's I18NProvider over every bundle in {@code vaadin-i18n/} ({@code translations} first, so
 * features may keep their own bundle files beside it). Unlike the default provider it never falls
 * back to the JVM's locale: English is the base bundle, German the {@code _de} one.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    private static final String FOLDER = "vaadin-i18n/";
    private final List<String> bundles;

    public PortalI18NProvider() {
        this.bundles = discoverBundles();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LocaleSelection.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String bundle : bundles) {
            ResourceBundle rb = ResourceBundle.getBundle(bundle, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (rb.containsKey(key)) {
                String pattern = rb.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
            }
        }
        return "!" + key + "!";
    }

    private static List<String> discoverBundles() {
        Set<String> names = new LinkedHashSet<>();
        names.add(FOLDER + "translations");
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*.properties")) {
                String file = r.getFilename();
                if (file != null) {
                    names.add(FOLDER + file.replaceFirst("(_[a-z]{2}(_[A-Z]{2})?)?\\.properties$", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }
}

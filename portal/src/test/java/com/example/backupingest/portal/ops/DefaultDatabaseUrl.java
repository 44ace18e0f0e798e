package com.example.backupingest.portal.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** {@code spring.datasource.url} as the portal resolves it from application.properties, its data folder in {@code data}. */
final class DefaultDatabaseUrl {

    private DefaultDatabaseUrl() {
    }

    static String in(Path data) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("portal.data-dir", data.toString())));
        return environment.getRequiredProperty("spring.datasource.url");
    }
}

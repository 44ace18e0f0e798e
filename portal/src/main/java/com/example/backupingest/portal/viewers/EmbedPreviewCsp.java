package com.example.backupingest.portal.viewers;

import com.example.backupingest.portal.security.ContentSecurityPolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Embed view shows the customer's snippet live: an iframe of the player at the portal's public address. */
@Configuration(proxyBeanMethods = false)
class EmbedPreviewCsp {

    @Bean
    ContentSecurityPolicy.Contribution embedPreviewFrame(@Value("${portal.base-url:http://localhost:8080}") URI baseUrl) {
        return () -> Map.of("frame-src", List.of(ContentSecurityPolicy.origin(baseUrl)));
    }
}

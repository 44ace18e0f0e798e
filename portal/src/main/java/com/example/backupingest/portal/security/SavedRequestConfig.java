package com.example.backupingest.portal.security;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * After signing in, the browser lands on the page it first asked for with a clean address: Spring
 * Security's request cache would mark the redirect with {@code ?continue}, which then stays in the
 * address bar (and in bookmarks). Without the marker the cache looks in the session on every
 * request, a map look-up.
 */
@Configuration(proxyBeanMethods = false)
class SavedRequestConfig {

    SavedRequestConfig(VaadinDefaultRequestCache cache) {
        HttpSessionRequestCache plain = new HttpSessionRequestCache();
        plain.setMatchingRequestParameterName(null);
        cache.setDelegateRequestCache(plain);
    }
}

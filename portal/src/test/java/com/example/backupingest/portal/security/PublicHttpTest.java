package com.example.backupingest.portal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal on a random port with its production security settings (login throttle limits,
 * operator login, headers), for tests that attack it over real HTTP from several loopback
 * addresses (127.0.0.x, as different machines). Behind a TLS proxy, as the README's public
 * deployment says: forwarded headers are honoured (from loopback only, Tomcat's internal proxies).
 * One definition, so all such classes share one context: the player page tests use it too (each of
 * their tests books its own account and content, none logs in, so the login throttle stays untouched).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-public-http;DB_CLOSE_DELAY=-1",
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
        "portal.ops.operator-username=operator",
        // "operator-demo", the demo profile's hash
        "portal.ops.operator-password-hash={bcrypt}$2a$10$fC6qMYPhJltPycokvecoQu1Cw8G8Pl6LzN2qZETlZS4RsauUisS/i"})
@ActiveProfiles("test")
public @interface PublicHttpTest {
}

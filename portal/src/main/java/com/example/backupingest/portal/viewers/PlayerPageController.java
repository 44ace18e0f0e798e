package com.example.backupingest.portal.viewers;

import com.example.backupingest.portal.streamsetup.PublicContents;
import com.example.backupingest.portal.streamsetup.PublicContents.PublicContent;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public website player: {@code GET /player/{contentId}} (plain HTML, no Vaadin, no session)
 * and its versioned scripts and styles. The page carries the frame-ancestors of the content's
 * allowed domains; an iframe on a site it can tell is not allowed gets a refusal in words.
 */
@Controller
class PlayerPageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String CSP = "Content-Security-Policy";

    private final PublicContents contents;
    private final EmbedDomainRepository domains;
    private final PlayerPageFraming framing;
    private final PlayerPageRenderer renderer;
    private final PlayerPageAssets assets;

    PlayerPageController(PublicContents contents, EmbedDomainRepository domains, PlayerPageFraming framing,
            PlayerPageRenderer renderer, PlayerPageAssets assets) {
        this.contents = contents;
        this.domains = domains;
        this.framing = framing;
        this.renderer = renderer;
        this.assets = assets;
    }

    @GetMapping("/player/{contentId:[A-Za-z0-9_-]{1,20}}")
    ResponseEntity<String> page(@PathVariable String contentId, HttpServletRequest request) {
        Locale locale = PlayerPageLocale.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Optional<PublicContent> content = contents.find(contentId);
        if (content.isEmpty()) {
            return html(HttpStatus.NOT_FOUND).body(renderer.message("unknown", locale));
        }
        EmbedPolicy policy = new EmbedPolicy(domains.domains(contentId));
        if (framing.refused(request, policy)) {
            // Shown inside the foreign iframe, so this one page may be framed anywhere.
            return html(HttpStatus.FORBIDDEN).header(CSP, "frame-ancestors *")
                    .body(renderer.message("refused", locale));
        }
        ResponseEntity.BodyBuilder ok = html(HttpStatus.OK);
        policy.frameAncestors().ifPresent(csp -> ok.header(CSP, csp));
        return ok.body(renderer.player(content.get(), locale));
    }

    @GetMapping(PlayerPageAssets.PREFIX + "{name:[A-Za-z0-9._-]+}")
    ResponseEntity<byte[]> asset(@PathVariable String name) {
        return assets.find(name)
                .map(a -> ResponseEntity.ok().contentType(a.type())
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        // The player page is framed by other sites and loads these cross-origin-safe.
                        .header("Cross-Origin-Resource-Policy", "cross-origin")
                        .body(a.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity.BodyBuilder html(HttpStatus status) {
        // Domains and states change: never serve a cached page; the language varies by header.
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.VARY, "Accept-Language, Sec-Fetch-Dest, Referer, Origin");
    }
}

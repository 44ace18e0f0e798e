package com.example.backupingest.portal.viewers;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /player/api/{contentId}/assign?viewer=<id>[&avoid=<edgeId>]}: the player's one question,
 * answered with an {@link Assignment}. Never cached: every answer holds a fresh ticket or a retry.
 * Public (the {@code /player/**} chain); ids are checked before anything is looked up. Tickets per
 * client address are limited ({@link AssignmentLimiter}): beyond the allowance the answer is 429
 * {@code busy} with a retry; answers without a ticket do not count. The client address is the
 * request's remote address: behind a reverse proxy, the one Tomcat's RemoteIpValve took from
 * {@code X-Forwarded-For} of a trusted proxy ({@code server.tomcat.remoteip.internal-proxies}).
 */
@RestController
class PlayerApiController {

    private static final Pattern VIEWER_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern EDGE_ID = Pattern.compile("edge-[1-9]\\d{0,3}");

    private final AssignmentService assignments;
    private final AssignmentLimiter limiter;

    PlayerApiController(AssignmentService assignments, AssignmentLimiter limiter) {
        this.assignments = assignments;
        this.limiter = limiter;
    }

    @GetMapping("/player/api/{contentId}/assign")
    ResponseEntity<Assignment> assign(@PathVariable String contentId,
            @RequestParam(name = "viewer", required = false) @Nullable String viewer,
            @RequestParam(name = "avoid", required = false) @Nullable String avoid, HttpServletRequest request) {
        if (viewer == null || !VIEWER_ID.matcher(viewer).matches()
                || (avoid != null && !EDGE_ID.matcher(avoid).matches())) {
            return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).build();
        }
        String client = ClientAddresses.group(request.getRemoteAddr());
        Optional<Duration> wait = limiter.take(client);
        if (wait.isPresent()) {
            int seconds = (int) Math.max(1, wait.get().toSeconds() + 1);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(Assignment.waiting(Assignment.BUSY, seconds));
        }
        Assignment assignment = CONTENT_ID.matcher(contentId).matches()
                ? assignments.assign(contentId, viewer, avoid, RequestOrigin.of(request))
                : Assignment.waiting(Assignment.UNKNOWN, 0);
        if (!Assignment.LIVE.equals(assignment.state())) {
            limiter.giveBack(client);
        }
        HttpStatus status = Assignment.UNKNOWN.equals(assignment.state()) ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(assignment);
    }
}

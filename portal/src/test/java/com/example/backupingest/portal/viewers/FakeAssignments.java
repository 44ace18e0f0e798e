package com.example.backupingest.portal.viewers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Test-only: answers the player's {@code GET /player/api/{id}/assign} inside the browser (a
 * Playwright route), so the page's behaviour is tested against fixed {@link Assignment}s before
 * and independently of the real endpoint. Records each request's {@code avoid}.
 */
final class FakeAssignments {

    record Request(String viewer, @Nullable String avoid) {
    }

    private volatile Function<Request, Assignment> answer;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeAssignments(Function<Request, Assignment> answer) {
        this.answer = answer;
    }

    void install(BrowserContext context) {
        context.route("**/player/api/*/assign*", this::fulfil);
    }

    void answer(Function<Request, Assignment> next) {
        this.answer = next;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void fulfil(Route route) {
        Request request = parse(URI.create(route.request().url()).getRawQuery());
        requests.add(request);
        Assignment a = answer.apply(request);
        String json = "{\"state\":\"" + a.state() + "\",\"edgeId\":" + quoted(a.edgeId()) + ",\"master\":"
                + quoted(a.master()) + ",\"retryAfterSeconds\":" + a.retryAfterSeconds() + "}";
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/json").setBody(json));
    }

    private static Request parse(@Nullable String query) {
        String viewer = "";
        String avoid = null;
        for (String pair : (query == null ? "" : query).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals("viewer")) {
                viewer = kv[1];
            } else if (kv.length == 2 && kv[0].equals("avoid")) {
                avoid = kv[1];
            }
        }
        return new Request(viewer, avoid);
    }

    private static String quoted(@Nullable String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}

package com.example.backupingest.portal.viewers;

import jakarta.servlet.http.HttpServletRequest;

/** Where the player's request arrived (scheme, host, port, context path): in-process edges answer there. */
record RequestOrigin(String scheme, String host, int port, String contextPath) {

    static RequestOrigin of(HttpServletRequest request) {
        return new RequestOrigin(request.getScheme(), request.getServerName(), request.getServerPort(),
                request.getContextPath());
    }

    /** The portal itself, with its context path (the edges' controller is mapped below it). */
    String base() {
        return withPort(port) + contextPath;
    }

    /** The same host on another port: an in-process edge host with a port of its own. */
    String withPort(int otherPort) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + h + (otherPort > 0 ? ":" + otherPort : "");
    }
}

package com.example.backupingest.monitor.entrypoint;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * nginx-rtmp's callbacks ({@code /monitor/rtmp/**}) come from the nginx the monitor runs on this
 * machine, which calls {@code http://127.0.0.1:<port>}: any other source address gets 403 before a
 * controller runs (an on_publish_done from elsewhere would end a live publish). Exactly 127.0.0.1
 * and ::1, as the portal's own chain: another 127.x address is another sender.
 */
public final class RtmpCallbackGuard extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(RtmpCallbackGuard.class);
    private static final Set<InetAddress> LOOPBACK = Set.of(InetAddress.ofLiteral("127.0.0.1"),
            InetAddress.ofLiteral("::1"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (fromLoopback(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        // the path names the entrypoint and the call; the key is in the body, which is never read here
        log.warn("refused RTMP callback {} from {}", request.getRequestURI(), request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentLength(0);
    }

    static boolean fromLoopback(String address) {
        try {
            return LOOPBACK.contains(InetAddress.ofLiteral(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}

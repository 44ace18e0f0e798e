package com.example.backupingest.monitor.viewer;

import com.example.backupingest.monitor.api.viewer.LocalEdgeHosts;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.ProtocolHandler;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.util.LambdaSafe;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * The distribution servers of one process ({@code monitor.viewers.edge-ports}): one extra Tomcat
 * connector per port, port k being server k of n. Each connector binds on start and unbinds on stop,
 * so a stopped server refuses connections as a dead host would, and comes back on the same port.
 */
public final class EdgeHostConnectors
        implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered, LocalEdgeHosts {

    private final List<Connector> connectors;

    public EdgeHostConnectors(List<Integer> ports) {
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("at least one edge port");
        }
        this.connectors = ports.stream().map(EdgeHostConnectors::newConnector).toList();
    }

    private static Connector newConnector(int port) {
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(port);
        // bound on start, released on stop: stop(k) then means "connection refused"
        connector.setProperty("bindOnInit", "false");
        return connector;
    }

    /** After the server's own customizers: the extra connectors get the same settings as its main one. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        for (Connector connector : connectors) {
            // the edges listen where the server does (server.address; the demo: loopback only)
            if (factory.getAddress() != null) {
                connector.setProperty("address", factory.getAddress().getHostAddress());
            }
            factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
            ProtocolHandler handler = connector.getProtocolHandler();
            LambdaSafe.callbacks(TomcatProtocolHandlerCustomizer.class, factory.getProtocolHandlerCustomizers(),
                    handler).invoke(customizer -> customizer.customize(handler));
        }
        factory.addAdditionalConnectors(connectors.toArray(Connector[]::new));
    }

    /**
     * Ports picked by Tomcat (0) become fixed: every request compares plain numbers, a restart rebinds the
     * same. Called once the web server listens ({@link EdgePortPinning}).
     */
    void pinPorts() {
        connectors.forEach(EdgeHostConnectors::fixPort);
    }

    private static void fixPort(Connector connector) {
        if (connector.getPort() == 0 && connector.getLocalPort() > 0) {
            connector.setPort(connector.getLocalPort());
        }
    }

    @Override
    public int hostCount() {
        return connectors.size();
    }

    @Override
    public int port(int host) {
        Connector connector = connector(host);
        int bound = connector.getLocalPort();
        return bound > 0 ? bound : connector.getPort();
    }

    /** The distribution server a request arrived at, by its local port; empty for the server's own ports. */
    public OptionalInt hostOfPort(int localPort) {
        return IntStream.rangeClosed(1, connectors.size()).filter(host -> listensOn(connectors.get(host - 1), localPort))
                .findFirst();
    }

    private static boolean listensOn(Connector connector, int localPort) {
        int port = connector.getPort();
        return port == localPort || port == 0 && connector.getLocalPort() == localPort;
    }

    /** Distribution server {@code host} dies: its port refuses connections, open ones are closed. */
    public synchronized void stop(int host) {
        Connector connector = connector(host);
        fixPort(connector);
        try {
            connector.stop();
        } catch (LifecycleException e) {
            throw new IllegalStateException("edge host " + host + " did not stop", e);
        }
    }

    /** Distribution server {@code host} is back on its port. */
    public synchronized void start(int host) {
        try {
            connector(host).start();
        } catch (LifecycleException e) {
            throw new IllegalStateException("edge host " + host + " did not start", e);
        }
    }

    private Connector connector(int host) {
        if (host < 1 || host > connectors.size()) {
            throw new IllegalArgumentException("no edge host " + host + " (1.." + connectors.size() + ")");
        }
        return connectors.get(host - 1);
    }
}

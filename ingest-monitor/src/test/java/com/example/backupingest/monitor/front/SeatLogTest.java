package com.example.backupingest.monitor.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeatLogTest {

    @Test
    void a_syslog_line_of_nginx_names_content_edge_ticket_and_client() {
        assertThat(SeatLog.parse("<190>Dec  7 09:41:02 front: c1 edge-2 YzEuZWRnZS0y~AbC_d-E 192.0.2.7"))
                .contains(new SeatLog.Load("c1", "edge-2", "YzEuZWRnZS0y~AbC_d-E", "192.0.2.7"));
        assertThat(SeatLog.parse("<190>Dec  7 09:41:02 front: c1 edge-2 t 2001:db8::7"))
                .contains(new SeatLog.Load("c1", "edge-2", "t", "2001:db8::7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<190>Dec  7 09:41:02 other: c1 edge-2 t 1.2.3.4",
            "<190>Dec  7 09:41:02 front: c1 edge-2 t", "<190>Dec  7 09:41:02 front: c1 edge-2 t 1.2.3.4 extra",
            "<190>Dec  7 09:41:02 front: ../c1 edge-2 t 1.2.3.4", "<190>Dec  7 09:41:02 front: c1 .. t 1.2.3.4",
            "<190>Dec  7 09:41:02 front: c1 edge-2 a/b 1.2.3.4", "<190>Dec  7 09:41:02 front: c1 edge-2 t ../x",
            "<190>Dec  7 09:41:02 front: c1 edge-2 t .."})
    void anything_else_is_ignored(String datagram) {
        assertThat(SeatLog.parse(datagram)).isEmpty();
    }

    @Test
    void datagrams_on_its_port_reach_the_consumer() throws Exception {
        LinkedBlockingQueue<SeatLog.Load> loads = new LinkedBlockingQueue<>();
        try (SeatLog log = new SeatLog(0, loads::add); DatagramSocket socket = new DatagramSocket()) {
            byte[] line = "<190>Dec  7 09:41:02 front: c1 edge-1 tk 127.0.0.9".getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(line, line.length, InetAddress.getLoopbackAddress(), log.port()));

            assertThat(loads.poll(5, TimeUnit.SECONDS)).isEqualTo(new SeatLog.Load("c1", "edge-1", "tk", "127.0.0.9"));
        }
    }
}

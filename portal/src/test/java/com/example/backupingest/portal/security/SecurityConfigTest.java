package com.example.backupingest.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.example.backupingest.portal.base.PortalTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

@PortalTestContext
class SecurityConfigTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    MockMvc mvc;

    @Autowired
    FilterChainProxy securityFilters;

    /** Stands in for the HLS edge and the monitor's callbacks: answers 200 once security lets a request through. */
    @RestController
    static class Probe {
        @RequestMapping({"/edge/**", "/monitor/rtmp/**"})
        String reached() {
            return "reached";
        }
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new Probe()).apply(springSecurity(securityFilters)).build();
    }

    private static RequestPostProcessor from(String address) {
        return (MockHttpServletRequest request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcResult login(String username, String password, String address) throws Exception {
        // a browser posts the form from the login page, whose visit started a session
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .session(new MockHttpSession()).with(from(address))).andReturn();
    }

    private void user(String username, String password) {
        jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update();
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, account_id, display_name, locale, enabled)
                VALUES (?, ?, 'SUPPORT', NULL, 'Test Agent', 'en', TRUE)""")
                .params(username, encoder.encode(password)).update();
    }

    @Test
    void anonymous_request_for_the_booking_view_is_sent_to_the_login_view() throws Exception {
        MockMvc app = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MvcResult result = app.perform(get("/booking").accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void hls_edge_paths_are_public() throws Exception {
        int status = mvc.perform(get("/edge/content-1/edge-1/master.m3u8")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);
    }

    @Test
    void rtmp_callbacks_are_accepted_from_loopback_only() throws Exception {
        int local = mvc.perform(post("/monitor/rtmp/publish").with(from("127.0.0.1")).param("name", "x"))
                .andReturn().getResponse().getStatus();
        int localV6 = mvc.perform(post("/monitor/rtmp/publish").with(from("0:0:0:0:0:0:0:1")).param("name", "x"))
                .andReturn().getResponse().getStatus();
        int remote = mvc.perform(post("/monitor/rtmp/publish").with(from("198.51.100.7")).param("name", "x"))
                .andReturn().getResponse().getStatus();
        assertThat(local).isEqualTo(200);
        assertThat(localV6).isEqualTo(200);
        assertThat(remote).isIn(302, 401, 403); // refused: never reaches the callback
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        user("agent-ok", "correct horse");
        MvcResult result = login("agent-ok", "correct horse", "192.0.2.10");
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void after_five_wrong_passwords_from_one_address_even_the_right_one_is_refused_there_with_the_lock_reason()
            throws Exception {
        user("agent-locked", "correct horse");
        for (int i = 0; i < 5; i++) {
            MvcResult wrong = login("agent-locked", "wrong " + i, "192.0.2.20");
            assertThat(wrong.getResponse().getRedirectedUrl()).endsWith("/login?error");
        }
        MvcResult refused = login("agent-locked", "correct horse", "192.0.2.20");
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
        MvcResult elsewhere = login("agent-locked", "correct horse", "192.0.2.99");
        assertThat(elsewhere.getResponse().getRedirectedUrl()).doesNotContain("error");
    }
}

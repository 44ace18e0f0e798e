package com.example.backupingest.monitor.api;

/**
 * The HTTP paths between monitor and portal, in one place for both sides: what the monitor serves
 * ({@code /monitor/api/...}, bearer secret) and what the portal serves to monitors and edge hosts
 * ({@code /api/monitor/...}, a shared secret per monitor).
 */
public final class MonitorPaths {

    /** Everything the monitor serves to portals and edge hosts. */
    public static final String API = "/monitor/api";
    public static final String API_PATTERN = API + "/*";
    public static final String EVENTS = API + "/events";
    public static final String HEALTH = API + "/health";
    public static final String AVAILABILITY = API + "/availability";
    public static final String MISMATCHES = API + "/mismatches";
    public static final String ISSUES = API + "/issues";
    public static final String THUMBNAILS = API + "/thumbnails";
    public static final String EDGES = API + "/edges";
    public static final String FOLLOW = API + "/follow";

    /** nginx-rtmp's callbacks to the monitor that runs it ({@code /monitor/rtmp/{letter}/{call}}). */
    public static final String RTMP_CALLBACKS = "/monitor/rtmp";

    /** What the portal serves to monitors and edge hosts. */
    public static final String PORTAL_API = "/api/monitor";
    public static final String PORTAL_AUTHORIZE = PORTAL_API + "/authorize";
    public static final String PORTAL_SRT_ACCESS = PORTAL_API + "/srt-access";
    public static final String PORTAL_VIEWERS = PORTAL_API + "/viewers";
    public static final String PORTAL_REVOCATIONS = PORTAL_API + "/revocations";

    private MonitorPaths() {
    }
}

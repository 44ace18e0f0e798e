package com.example.backupingest.portal.live;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.management.ObjectName;

/**
 * Where the heap per session goes: the JVM's class histogram (live objects, after a full GC) taken
 * twice, and the classes that grew most between the two, per session.
 */
final class HeapHistogram {

    private final Map<String, Long> bytesByClass;
    private final Map<String, Long> instancesByClass;

    private HeapHistogram(Map<String, Long> bytesByClass, Map<String, Long> instancesByClass) {
        this.bytesByClass = bytesByClass;
        this.instancesByClass = instancesByClass;
    }

    /** Used heap after full collections: the live objects. */
    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static HeapHistogram now() throws Exception {
        String table = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        Map<String, Long> instances = new HashMap<>();
        for (String line : table.split("\n")) {
            String[] f = line.trim().split("\\s+");
            // "  1:   12345   678901  java.lang.String (java.base@25)"
            if (f.length >= 4 && f[0].endsWith(":")) {
                bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
                instances.merge(f[3], Long.parseLong(f[1]), Long::sum);
            }
        }
        return new HeapHistogram(bytes, instances);
    }

    /** The {@code top} classes that grew most since {@code before}, as "class KiB (instances)" per session. */
    String growthPerSession(HeapHistogram before, int sessions, int top) {
        return bytesByClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytesByClass.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.1f (%.1f)", e.getKey(), e.getValue() / 1024.0 / sessions,
                        (instancesByClass.getOrDefault(e.getKey(), 0L)
                                - before.instancesByClass.getOrDefault(e.getKey(), 0L)) / (double) sessions))
                .collect(Collectors.joining(", "));
    }
}

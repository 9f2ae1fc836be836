package org.sitrep.annotate.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GeoNames-derived places (cities of at least about 1,000 people, admin1 and admin2 regions,
 * continents) and the world's countries, looked up by normalised name ({@link PlaceNames#key}).
 * Built by {@code tools/gazetteer} (see {@link GazetteerTable}); loaded once per JVM on first use.
 */
public final class Gazetteer {

    /** Lazily loaded, thread-safe shared instance (initialisation-on-demand holder). */
    private static final class Shared {
        static final Gazetteer INSTANCE = load();
    }

    private final Map<String, List<GazetteerEntry>> byKey;
    private final int size;
    private final long loadMillis;
    private final long loadCpuMillis;

    private Gazetteer(Map<String, List<GazetteerEntry>> byKey, int size, long loadMillis, long loadCpuMillis) {
        this.byKey = byKey;
        this.size = size;
        this.loadMillis = loadMillis;
        this.loadCpuMillis = loadCpuMillis;
    }

    public static Gazetteer instance() {
        return Shared.INSTANCE;
    }

    /** Every place with this name or alternate name, in no particular order; empty when none. */
    public List<GazetteerEntry> lookup(String name) {
        List<GazetteerEntry> found = byKey.get(PlaceNames.key(name));
        return found == null ? List.of() : found;
    }

    /** Whether some place has this name. */
    public boolean contains(String name) {
        return byKey.containsKey(PlaceNames.key(name));
    }

    /** How many places (entries, not names) it holds. */
    public int size() {
        return size;
    }

    /** How many distinct name keys it indexes. */
    public int names() {
        return byKey.size();
    }

    /** Wall-clock time the load took (longer than {@link #loadCpuMillis()} on a busy machine). */
    public long loadMillis() {
        return loadMillis;
    }

    /** Processor time the loading thread spent. */
    public long loadCpuMillis() {
        return loadCpuMillis;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static Gazetteer load() {
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        Map<String, List<GazetteerEntry>> index = new HashMap<>(1 << 19);
        int size = 0;
        for (Country c : Countries.instance().all()) {
            GazetteerEntry e = new GazetteerEntry(c.geonameid(), c.name(), "country", "PCLI", c.code(), "", 0, c.lat(), c.lon());
            add(index, c.name(), e);
            for (String n : c.names()) {
                String compact = n.replace(".", "");
                boolean code = compact.length() <= 4 && compact.equals(compact.toUpperCase());
                if (!code) {
                    add(index, n, e);
                }
            }
            size++;
        }
        int[] rows = {0};
        Map<String, String> interned = new HashMap<>();
        GazetteerTable.read(GazetteerTable.PLACES, f -> {
            GazetteerEntry e = new GazetteerEntry(Long.parseLong(f[0]), f[1], f[2].intern(), f[3].intern(), f[4].intern(),
                    interned.computeIfAbsent(f[5], k -> k), Long.parseLong(f[6]),
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]));
            if (isAscii(f[1]) || f[9].isEmpty()) {
                add(index, f[1], e); // otherwise the tool put the name's ASCII form first among the alternates
            }
            if (!f[9].isEmpty()) {
                for (String alt : f[9].split("\\|")) {
                    add(index, alt, e);
                }
            }
            rows[0]++;
        });
        size += rows[0];
        return new Gazetteer(index, size, (System.nanoTime() - t0) / 1_000_000, (cpuNanos() - cpu0) / 1_000_000);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, List<GazetteerEntry>> index, String name, GazetteerEntry e) {
        String key = PlaceNames.key(name);
        if (key.isEmpty()) {
            return;
        }
        List<GazetteerEntry> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(e)) {
            list.add(e);
        }
    }
}

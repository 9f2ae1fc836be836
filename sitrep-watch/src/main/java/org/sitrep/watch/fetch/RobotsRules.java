package org.sitrep.watch.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler, read as RFC 9309 says: the group naming the crawler's product token
 * (else the {@code *} group) applies; the longest matching Allow or Disallow path wins, Allow on a tie; {@code *}
 * matches any characters and a final {@code $} the end of the path. Crawl-delay, which RFC 9309 leaves out but
 * many sites write, is kept for the politeness delay.
 */
public final class RobotsRules {

    private record Rule(boolean allow, String pattern) {
    }

    /** Everything allowed: no robots.txt (404) or one with no group for us. */
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);
    /** Nothing allowed: robots.txt could not be read (5xx, unreachable), which RFC 9309 reads as a full disallow. */
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")), null);

    /** The longest robots.txt read, as RFC 9309 asks crawlers to read at least 500 KiB. */
    public static final int MAX_BYTES = 512 * 1024;

    private final List<Rule> rules;
    private final Double crawlDelaySeconds;

    private RobotsRules(List<Rule> rules, Double crawlDelaySeconds) {
        this.rules = rules;
        this.crawlDelaySeconds = crawlDelaySeconds;
    }

    /** The rules of this robots.txt for the crawler whose product token is {@code agent} ("sitrep"). */
    public static RobotsRules parse(String text, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        Double myDelay = null;
        Double starDelay = null;
        boolean foundMine = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    groupAgents.clear();
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
                continue;
            }
            if (!field.equals("allow") && !field.equals("disallow") && !field.equals("crawl-delay")) {
                continue;
            }
            inRules = true;
            boolean forMe = groupAgents.stream().anyMatch(a -> !a.equals("*") && token.startsWith(a.split("/")[0]));
            boolean forStar = groupAgents.contains("*");
            foundMine |= forMe;
            if (field.equals("crawl-delay")) {
                Double delay = parseDelay(value);
                if (forMe) {
                    myDelay = delay;
                } else if (forStar) {
                    starDelay = delay;
                }
                continue;
            }
            if (value.isEmpty()) {
                continue; // "Disallow:" with no path allows everything
            }
            Rule rule = new Rule(field.equals("allow"), value);
            if (forMe) {
                mine.add(rule);
            } else if (forStar) {
                star.add(rule);
            }
        }
        return foundMine ? new RobotsRules(List.copyOf(mine), myDelay) : new RobotsRules(List.copyOf(star), starDelay);
    }

    private static Double parseDelay(String value) {
        try {
            double d = Double.parseDouble(value);
            return d >= 0 && d < 86_400 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the path (with its query, as in the URL) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path) && (best == null || rule.pattern().length() > best.pattern().length()
                    || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** The Crawl-delay the site asks of us, in seconds, or null. */
    public Double crawlDelaySeconds() {
        return crawlDelaySeconds;
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return matchFrom(p, 0, path, 0, anchored);
    }

    private static boolean matchFrom(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (matchFrom(p, pi, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}

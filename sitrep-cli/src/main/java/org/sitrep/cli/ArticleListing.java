package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Quote;
import org.sitrep.model.TimeExpression;

/**
 * What {@code articles show} prints of one article as text: under its header, the people, organisations,
 * places, times, quotes and events read out of it, one per line with the characters each was cited to, then
 * the body. Article text is untrusted: every value is put on one line, with control characters (a terminal's
 * escape sequences among them) shown as "?", so nothing in an article can move the cursor or recolour a terminal.
 */
final class ArticleListing {

    /** How much of a quote or an event's evidence is shown on its line. */
    private static final int LONGEST_TEXT = 160;

    private ArticleListing() {
    }

    static void print(PrintWriter out, Article a) {
        section(out, "people", a.entities(), e -> "PERSON".equals(e.type()), ArticleListing::person);
        section(out, "organisations", a.entities(), e -> "ORGANIZATION".equals(e.type()) || "NORP".equals(e.type()),
                ArticleListing::organisation);
        section(out, "places", a.entities(), e -> List.of("GPE", "LOCATION", "FACILITY").contains(e.type()),
                ArticleListing::place);
        section(out, "times", a.times(), t -> true, ArticleListing::time);
        section(out, "quotes", a.quotes(), q -> true, ArticleListing::quote);
        section(out, "events", a.events(), e -> true, ArticleListing::event);
    }

    private static <T> void section(PrintWriter out, String heading, List<T> items, Predicate<T> keep,
                                    java.util.function.Function<T, String> line) {
        List<T> chosen = items.stream().filter(keep).toList();
        if (chosen.isEmpty()) {
            return;
        }
        out.println(heading + " (" + chosen.size() + "):");
        chosen.forEach(item -> out.println("  " + line.apply(item)));
    }

    private static String person(Entity e) {
        return safe(e.name()) + detail(e.title(), e.affiliation()) + where(e);
    }

    private static String organisation(Entity e) {
        return safe(e.name()) + (e.type().equals("NORP") ? " (group)" : "") + (e.country() == null ? "" : " [" + e.country() + "]")
                + where(e);
    }

    private static String place(Entity e) {
        String resolved = e.place() == null ? "" : " -> " + safe(e.place().name()) + ", "
                + (e.place().admin1() == null || e.place().admin1().isBlank() ? "" : safe(e.place().admin1()) + ", ")
                + e.place().country() + String.format(" (%.4f, %.4f)", e.place().lat(), e.place().lon());
        return safe(e.name()) + resolved + where(e);
    }

    private static String time(TimeExpression t) {
        return "\"" + safe(t.span().text()) + "\" = " + safe(t.value()) + " (" + t.precision() + ") @" + t.span().start();
    }

    private static String quote(Quote q) {
        String speaker = q.speaker() == null ? "(no speaker)" : safe(q.speaker().name());
        return speaker + (q.cue() == null ? "" : " " + safe(q.cue())) + ": \"" + cut(q.span().text()) + "\" @" + q.span().start();
    }

    private static String event(Event e) {
        String actors = names(e.actors());
        String targets = names(e.targets());
        return e.type() + (e.mode() == null ? "" : "/" + safe(e.mode()))
                + (actors.isEmpty() ? "" : " by " + actors) + (targets.isEmpty() ? "" : " against " + targets)
                + (e.place() == null ? "" : " in " + safe(e.place().name()))
                + (e.date() == null ? "" : " on " + safe(e.date().value()))
                + (e.killed() == null ? "" : ", " + e.killed() + " killed")
                + (e.modality() == null || e.modality().equals("asserted") ? "" : " [" + e.modality() + "]")
                + (e.evidence() == null ? "" : ": \"" + cut(e.evidence().text()) + "\"");
    }

    private static String names(List<Participant> participants) {
        return participants.stream().map(p -> safe(p.name())).collect(Collectors.joining(", "));
    }

    private static String detail(String title, String affiliation) {
        if (title == null && affiliation == null) {
            return "";
        }
        return " (" + (title == null ? "" : safe(title)) + (title != null && affiliation != null ? ", " : "")
                + (affiliation == null ? "" : safe(affiliation)) + ")";
    }

    /** Where the entity is first mentioned, and how often. */
    private static String where(Entity e) {
        if (e.mentions().isEmpty()) {
            return "";
        }
        return " @" + e.mentions().get(0).start() + (e.mentions().size() > 1 ? " (" + e.mentions().size() + " mentions)" : "");
    }

    private static String cut(String text) {
        String line = safe(text);
        return line.length() <= LONGEST_TEXT ? line : line.substring(0, LONGEST_TEXT - 1) + "…";
    }

    /** One line of untrusted text: white space runs become one space, other control characters "?". */
    static String safe(String text) {
        if (text == null) {
            return "-";
        }
        String line = text.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT && c != 0x200D) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}

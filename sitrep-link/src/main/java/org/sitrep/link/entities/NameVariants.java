package org.sitrep.link.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.lexicon.AlternativeNames;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * Finds, in an article's input text, the names of its organisations that the article's own reading left out and
 * that link them to other articles: a name with its country's demonym in front ("Afghan Taliban", where the
 * article's entity is the Taliban of Afghanistan) and the body's other names from the lexicon ("the Islamic
 * Emirate", where the article names the Taliban). Each is a mention with its offsets in the input, so it is
 * cited like any other. Bounded: one look before each mention, one scan of the text per alternative name.
 */
public final class NameVariants {

    /** One or two capitalised words right before a mention ("Afghan ", "North Korean "). */
    private static final Pattern PREFIX = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*)?) $");
    private static final int LOOK_BACK = 40;

    private NameVariants() {
    }

    /** The extra mentions found for each entity, by entity id; none where the text is null. */
    public static Map<String, List<Span>> find(String text, List<Entity> entities) {
        Map<String, List<Span>> found = new LinkedHashMap<>();
        if (text == null) {
            return found;
        }
        for (Entity e : entities) {
            EntityKind kind = EntityKind.of(e.type());
            if (kind != EntityKind.ORGANIZATION && kind != EntityKind.OTHER) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            if (e.country() != null) {
                for (Span m : e.mentions()) {
                    Span prefixed = withCountryPrefix(text, m, e.country());
                    if (prefixed != null && spans.stream().noneMatch(s -> s.start() == prefixed.start())) {
                        spans.add(prefixed);
                    }
                }
            }
            spans.addAll(alternativeNames(text, e));
            if (!spans.isEmpty()) {
                found.put(e.id(), spans);
            }
        }
        return found;
    }

    private static Span withCountryPrefix(String text, Span mention, String country) {
        if (mention.start() < 1 || mention.end() > text.length()
                || !text.substring(mention.start(), mention.end()).equals(mention.text())) {
            return null; // offsets that do not point into this text
        }
        int from = Math.max(0, mention.start() - LOOK_BACK);
        Matcher m = PREFIX.matcher(text.substring(from, mention.start()));
        if (!m.find()) {
            return null;
        }
        String words = m.group(1);
        String[] split = words.split(" ");
        // the nearer word alone first ("Afghan"), then both ("North Korean")
        for (String head : split.length == 2 ? new String[] {split[1], words} : new String[] {words}) {
            Optional<Country> c = Countries.instance().byDemonym(head).or(() -> Countries.instance().byName(head));
            if (c.isPresent() && c.get().code().equals(country)) {
                int start = mention.start() - head.length() - 1;
                return new Span(start, mention.end(), text.substring(start, mention.end()));
            }
        }
        return null;
    }

    private static List<Span> alternativeNames(String text, Entity e) {
        List<String> own = new ArrayList<>(e.aliases());
        own.add(e.name());
        Optional<String> common = own.stream().map(EntityKeys::commonName).flatMap(Optional::stream).findFirst();
        List<Span> spans = new ArrayList<>();
        if (common.isEmpty()) {
            return spans;
        }
        for (String name : AlternativeNames.instance().namesOf(common.get())) {
            if (own.stream().anyMatch(o -> NameForms.normal(o).equals(NameForms.normal(name)))) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                int start = m.start();
                if (spans.stream().noneMatch(s -> s.start() <= start && start < s.end())) {
                    spans.add(new Span(start, m.end(), m.group()));
                }
            }
        }
        return spans;
    }
}

package org.sitrep.annotate.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Attributes;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * The "entities" stage: people, organisations, places, nationalities and facilities named in the
 * body, each with one canonical name, its aliases, every mention (cited in input offsets), and
 * for people the title and affiliation the article gives them. Places stay unresolved here: the
 * geo stage looks them up.
 */
public final class EntityAnnotator implements Annotator {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Attributes.TEXT);
    }

    @Override
    public Set<String> assigns() {
        return Set.of(Attributes.ENTITIES);
    }

    @Override
    public Article annotate(Article article, AnnotationContext context) {
        List<Entity> entities = read(context);
        return article.toBuilder().entities(entities).build();
    }

    /** The entities of one article body, without the article around it. */
    public List<Entity> read(AnnotationContext context) {
        NlpDocument nlp = context.nlp();
        String body = context.body().text();
        List<List<Word>> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : nlp.sentences()) {
            List<Word> words = Words.of(s, body);
            sentences.add(words);
            mentions.addAll(new SentenceReader(sentences.size() - 1, words, body).read());
        }
        mentions = OrganizationParts.find(sentences, mentions, body);
        mentions = LongForms.extend(sentences, mentions, body);
        mentions = CountriesNamedAsPeople.retype(mentions);
        List<MentionClusters.Cluster> clusters = MentionClusters.of(mentions);
        Nominals.link(sentences, clusters, body);
        return entities(clusters, sentences, context);
    }

    private static List<Entity> entities(List<MentionClusters.Cluster> clusters, List<List<Word>> sentences,
                                         AnnotationContext context) {
        List<Entity> out = new ArrayList<>();
        for (MentionClusters.Cluster c : clusters) {
            List<Span> spans = new ArrayList<>();
            for (Mention m : c.mentions) {
                Span in = context.body().toInput(m.start(), m.end());
                String text = context.inputText().substring(in.start(), in.end());
                if (text.equals(m.text())) {
                    spans.add(new Span(in.start(), in.end(), text));
                }
            }
            if (spans.isEmpty()) {
                continue;
            }
            Mention canonical = c.canonical();
            // an organisation's acronym keeps its capitals ("UNIFIL", "ECOWAS"); other names in capitals are shouted
            boolean acronym = c.type().equals("ORGANIZATION") && MentionClusters.isAcronym(canonical.text().strip());
            String name = acronym ? clean(canonical.text()) : unshouted(clean(canonical.text()));
            Set<String> seen = new LinkedHashSet<>();
            seen.add(name.toLowerCase(Locale.ROOT));
            List<String> aliases = new ArrayList<>();
            for (Mention m : c.mentions) {
                String alias = clean(m.text());
                if (!m.nominal() && seen.add(alias.toLowerCase(Locale.ROOT))) {
                    aliases.add(alias);
                }
            }
            Mention.Role role = canonical.role() == null ? Mention.Role.NONE : canonical.role();
            for (Mention m : c.mentions) {
                role = role.or(m.role());
            }
            if (role.country() == null && role.affiliation() != null && role.affiliation().startsWith("the ")) {
                // "a spokesman for the army": the army of the one country the article writes it of
                Optional<Mention.Role> owner = BodyOwners.whose(sentences, role.affiliation().substring(4), context.body().text());
                if (owner.isPresent()) {
                    role = new Mention.Role(role.title(), owner.get().affiliation(), owner.get().country());
                }
            }
            String country = role.country();
            if (country == null) {
                country = c.mentions.stream().map(Mention::country).filter(x -> x != null).findFirst().orElse(null);
            }
            if (country == null && role.affiliation() != null) {
                country = countryOfOrganization(clusters, role.affiliation());
            }
            out.add(new Entity("e" + (out.size() + 1), c.type(), name, aliases, role.title(), role.affiliation(),
                    country, null, spans));
        }
        return out;
    }

    /** The country of the organisation a person is affiliated with, when the article gives one. */
    private static String countryOfOrganization(List<MentionClusters.Cluster> clusters, String affiliation) {
        for (MentionClusters.Cluster c : clusters) {
            if (c.type().equals("ORGANIZATION")) {
                for (Mention m : c.mentions) {
                    if (m.text().equalsIgnoreCase(affiliation) && m.country() != null) {
                        return m.country();
                    }
                }
            }
        }
        return Countries.instance().byName(affiliation).map(Country::code).orElse(null);
    }

    /**
     * A name only ever written in capitals (a dateline's "SYDNEY", a wire headline's "AL-AIN") in the case running
     * text writes it, each word capitalised; a name of one short word ("KCNA", "NATO") is an acronym, and so is a
     * word of one or two letters within a longer name ("UN" of "UN SECURITY COUNCIL").
     */
    static String unshouted(String name) {
        if (name.chars().anyMatch(Character::isLowerCase)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        String[] words = name.split("(?<=\\s)");
        for (String word : words) {
            long letters = word.chars().filter(Character::isLetter).count();
            boolean acronym = words.length == 1 ? letters < 5 : letters < 3;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                boolean opens = i == 0 || word.charAt(i - 1) == '-';
                out.append(acronym || opens ? c : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String clean(String name) {
        return name.replaceAll("\\s+", " ").strip();
    }
}

package org.sitrep.annotate.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.annotate.lexicon.NameHeads;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.BodyText;
import org.sitrep.model.Entity;
import org.sitrep.model.Ref;
import org.sitrep.model.Span;

/**
 * Turns the phrase that names a speaker into a {@link Ref}: a name is linked to the article's entity
 * whose mention it overlaps (or whose name it is); without entities, the name the tagger found is
 * completed from a fuller mention in the article ({@code Yoon} → {@code Yoon Suk Yeol}); {@code he} and
 * {@code she} take the most recent person who spoke or was the subject of a sentence; a definite common
 * noun ({@code the ministry}) takes the one organisation of the article it can mean. Unknown is null.
 */
final class SpeakerResolver {

    private final TokenView view;
    private final Phrases phrases;
    private final List<Entity> entities;
    private final BodyText body;
    /** Names the tagger found in the article, by tag: token ranges. */
    private final List<Phrases.Range> personNames = new ArrayList<>();
    private final List<Phrases.Range> organisationNames = new ArrayList<>();
    /** People who can be meant by a later {@code he}/{@code she}, by the body offset where they were named. */
    private final TreeMap<Integer, Ref> people = new TreeMap<>();

    SpeakerResolver(TokenView view, Phrases phrases, List<Entity> entities, BodyText body) {
        this.view = view;
        this.phrases = phrases;
        this.entities = entities;
        this.body = body;
        collectNames();
    }

    private void collectNames() {
        int i = 0;
        while (i < view.size()) {
            String ner = view.get(i).ner();
            int j = i + 1;
            while (j < view.size() && ner.equals(view.get(j).ner()) && view.unitStart(j) == view.unitStart(i)) {
                j++;
            }
            if ("PERSON".equals(ner)) {
                personNames.add(new Phrases.Range(i, j));
            } else if ("ORGANIZATION".equals(ner)) {
                organisationNames.add(new Phrases.Range(i, j));
            }
            i = j;
        }
    }

    /** Registers a named person as a possible antecedent of later pronouns. */
    void notePerson(Phrases.Head head) {
        if (head.kind() != Phrases.Kind.NAMED) {
            return;
        }
        Ref ref = named(head);
        if (isPerson(head, ref)) {
            people.putIfAbsent(view.startOf(head.head().start()), ref);
        }
    }

    Ref resolve(Phrases.Head head) {
        return switch (head.kind()) {
            case NAMED -> named(head);
            case PRONOUN -> pronoun(head);
            case COMMON -> common(head);
        };
    }

    private boolean isPerson(Phrases.Head head, Ref ref) {
        Entity e = entityById(ref == null ? null : ref.entity());
        if (e != null) {
            return "PERSON".equals(e.type());
        }
        return "PERSON".equals(head.type());
    }

    private Ref pronoun(Phrases.Head head) {
        Token t = view.get(head.head().start());
        if (!SpeechCues.isPersonalPronoun(t)) {
            return null; // it, they, we: not resolved (unknown is null)
        }
        var before = people.lowerEntry(t.start());
        return before == null ? null : before.getValue();
    }

    private Ref named(Phrases.Head head) {
        Phrases.Range r = head.head();
        Entity byMention = entityOverlapping(view.startOf(r.start()), view.endOf(r.end()));
        if (byMention != null) {
            return new Ref(byMention.name(), byMention.id());
        }
        String name = view.textOf(r.start(), r.end());
        if ("PERSON".equals(head.type())) {
            name = fullerName(r);
        }
        Entity byName = entityNamed(name);
        return byName != null ? new Ref(byName.name(), byName.id()) : new Ref(name, null);
    }

    /** The one fuller person name of the article that ends or starts with the same words, or the name itself. */
    private String fullerName(Phrases.Range r) {
        List<String> words = words(r);
        Set<String> longer = new LinkedHashSet<>();
        int best = words.size();
        for (Phrases.Range other : personNames) {
            List<String> ow = words(other);
            // a family name stands last in most names and first in Korean and Chinese ones (Yoon Suk Yeol)
            boolean extends_ = ow.size() > words.size() && (ow.subList(ow.size() - words.size(), ow.size()).equals(words)
                    || ow.subList(0, words.size()).equals(words));
            if (extends_) {
                if (ow.size() > best) {
                    longer.clear();
                    best = ow.size();
                }
                if (ow.size() == best) {
                    longer.add(view.textOf(other.start(), other.end()));
                }
            }
        }
        return longer.size() == 1 ? longer.iterator().next() : view.textOf(r.start(), r.end());
    }

    private List<String> words(Phrases.Range r) {
        List<String> out = new ArrayList<>();
        for (int i = r.start(); i < r.end(); i++) {
            out.add(view.get(i).word().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private Ref common(Phrases.Head head) {
        Phrases.Range np = head.phrase();
        String text = view.textOf(np.start(), np.end());
        Token first = view.get(np.start());
        Token last = view.get(np.end() - 1);
        Ref within = organisationNamedWithin(np);
        if (within != null) {
            return within;
        }
        boolean definiteSingular = "the".equals(SpeechCues.lower(first)) && "NN".equals(last.pos());
        if (definiteSingular) {
            String noun = SpeechCues.lower(last);
            Ref organisation = onlyOrganisationNamed(noun);
            if (organisation != null) {
                return organisation;
            }
            Ref titled = onlyPersonTitled(noun);
            if (titled != null) {
                return titled;
            }
        }
        return new Ref(text, null);
    }

    /**
     * The organisation of the article named inside a phrase that an organisation's noun heads, as what the phrase
     * is ({@code TASS state news agency} is TASS), not as its owner ({@code Yoon's office}); else null.
     */
    private Ref organisationNamedWithin(Phrases.Range np) {
        if (!NameHeads.organization(SpeechCues.lower(view.get(np.end() - 1)))) {
            return null;
        }
        int i = np.start();
        while (i < np.end() - 1) {
            String ner = view.get(i).ner();
            int j = i + 1;
            while (j < np.end() - 1 && ner.equals(view.get(j).ner())) {
                j++;
            }
            boolean owner = "POS".equals(view.get(j).pos());
            Entity e = "O".equals(ner) || owner ? null : entityOverlapping(view.startOf(i), view.endOf(j));
            if (e != null && "ORGANIZATION".equals(e.type())) {
                return new Ref(e.name(), e.id());
            }
            i = j;
        }
        return null;
    }

    /** The one organisation of the article whose name holds {@code noun} ({@code the ministry}), or null. */
    private Ref onlyOrganisationNamed(String noun) {
        Set<String> found = new LinkedHashSet<>();
        Entity only = null;
        for (Entity e : entities) {
            if ("ORGANIZATION".equals(e.type()) && hasWord(e.name(), noun)) {
                found.add(e.id());
                only = e;
            }
        }
        if (!entities.isEmpty()) {
            return found.size() == 1 ? new Ref(only.name(), only.id()) : null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Phrases.Range r : organisationNames) {
            String name = view.textOf(r.start(), r.end());
            if (hasWord(name, noun)) {
                names.add(name);
            }
        }
        return names.size() == 1 ? new Ref(names.iterator().next(), null) : null;
    }

    /** The one person of the article whose title holds {@code noun} ({@code the president}), or null. */
    private Ref onlyPersonTitled(String noun) {
        Entity only = null;
        for (Entity e : entities) {
            if ("PERSON".equals(e.type()) && e.title() != null && hasWord(e.title(), noun)) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only == null ? null : new Ref(only.name(), only.id());
    }

    private static boolean hasWord(String name, String word) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private Entity entityOverlapping(int bodyStart, int bodyEnd) {
        if (entities.isEmpty()) {
            return null;
        }
        Span s = body.toInput(bodyStart, bodyEnd);
        Entity best = null;
        int bestOverlap = 0;
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                int overlap = Math.min(m.end(), s.end()) - Math.max(m.start(), s.start());
                if (overlap > bestOverlap) {
                    best = e;
                    bestOverlap = overlap;
                }
            }
        }
        return best;
    }

    private Entity entityNamed(String name) {
        for (Entity e : entities) {
            if (e.name() != null && e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        for (Entity e : entities) {
            for (String a : e.aliases()) {
                if (a.equalsIgnoreCase(name)) {
                    return e;
                }
            }
        }
        return null;
    }

    private Entity entityById(String id) {
        if (id == null) {
            return null;
        }
        for (Entity e : entities) {
            if (id.equals(e.id())) {
                return e;
            }
        }
        return null;
    }

    Phrases phrases() {
        return phrases;
    }
}

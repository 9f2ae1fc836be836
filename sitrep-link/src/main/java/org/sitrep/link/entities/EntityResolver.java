package org.sitrep.link.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which already linked entity, if any, an article's entity is. The rules, in the order they are tried:
 * <ul>
 * <li>kinds must agree (a person is never an organisation), and so must countries where both are known;</li>
 * <li>a place is the entity with its gazetteer id; an unresolved place only an unresolved one of the same name;</li>
 * <li>a person with a full name is the person with that full name ("Kim Jong Un" and "Kim Yo Jong" stay apart),
 *     with or without middle initials ("Raj K. Chohan" is "Raj Chohan");
 *     one named by a single word ("Yoon") is the one person whose full name has that word, when there is exactly
 *     one such person and no country says otherwise; else a new entity, since a surname alone is ambiguous;</li>
 * <li>an organisation or group is the one sharing a name, an acronym written out by the other ("KCNA" and
 *     "Korean Central News Agency"), a body in the lexicon's list of alternative names ("Islamic Emirate" and
 *     "Taliban"), or a name with its country's demonym or name in front ("Afghan Taliban" is the Taliban of
 *     Afghanistan, not the Pakistani Taliban).</li>
 * </ul>
 * Where several candidates qualify, the one named in the most articles wins (then the oldest). Linking is
 * incremental: a decision never merges or splits entities already linked.
 */
public final class EntityResolver {

    /** The linked entity this article entity is, or empty for a new one. */
    public Optional<EntityCandidate> resolve(ArticleEntity entity, List<EntityCandidate> candidates) {
        List<EntityCandidate> strong = new ArrayList<>();
        List<EntityCandidate> bySingleWord = new ArrayList<>();
        for (EntityCandidate c : candidates) {
            if (c.kind() != entity.kind()) {
                continue;
            }
            if (entity.kind() == EntityKind.PLACE) {
                if (samePlace(entity, c)) {
                    strong.add(c);
                }
                continue;
            }
            if (entity.country() != null && c.country() != null && !entity.country().equals(c.country())) {
                continue;
            }
            if (entity.kind() == EntityKind.PERSON) {
                if (shareFullName(entity.names(), c.names())) {
                    strong.add(c);
                } else if (singleWordOf(entity.names(), c.names())) {
                    bySingleWord.add(c);
                }
            } else if (sameBody(entity, c)) {
                strong.add(c);
            }
        }
        if (strong.isEmpty() && bySingleWord.size() == 1) {
            return Optional.of(bySingleWord.get(0));
        }
        return strong.stream().min((a, b) -> a.articleCount() != b.articleCount()
                ? Integer.compare(b.articleCount(), a.articleCount()) : Long.compare(a.id(), b.id()));
    }

    private static boolean samePlace(ArticleEntity e, EntityCandidate c) {
        if (e.geonameid() != null || c.geonameid() != null) {
            return Objects.equals(e.geonameid(), c.geonameid());
        }
        return !intersection(normals(e.names()), normals(List.copyOf(c.names()))).isEmpty();
    }

    private static boolean shareFullName(List<String> names, Set<String> others) {
        Set<String> mine = normals(NameForms.multiWord(names));
        Set<String> theirs = normals(NameForms.multiWord(List.copyOf(others)));
        if (!intersection(mine, theirs).isEmpty()) {
            return true;
        }
        // with and without middle initials ("Raj K. Chohan", "Raj Chohan"), as cross-document coreference reads
        // a name's head; two names that both have initials must agree on them ("George W. Bush", "George H. W. Bush")
        for (String name : names) {
            String plain = NameForms.withoutMiddleInitials(name);
            if (plain != null && theirs.contains(plain)) {
                return true;
            }
        }
        for (String name : others) {
            String plain = NameForms.withoutMiddleInitials(name);
            if (plain != null && mine.contains(plain)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article names the person by one word only, and that word is part of one of the candidate's full names. */
    private static boolean singleWordOf(List<String> names, Set<String> others) {
        if (!NameForms.multiWord(names).isEmpty()) {
            return false;
        }
        Set<String> words = new HashSet<>();
        for (String full : NameForms.multiWord(List.copyOf(others))) {
            words.addAll(NameForms.words(full));
        }
        return names.stream().map(NameForms::normal).anyMatch(words::contains);
    }

    private static boolean sameBody(ArticleEntity e, EntityCandidate c) {
        Set<String> mine = normals(e.names());
        Set<String> theirs = normals(List.copyOf(c.names()));
        if (!intersection(mine, theirs).isEmpty()) {
            return true;
        }
        if (!intersection(written(e.names()), derived(c.names())).isEmpty()
                || !intersection(derived(e.names()), written(c.names())).isEmpty()) {
            return true;
        }
        if (!intersection(bodies(e.names()), bodies(c.names())).isEmpty()) {
            return true;
        }
        return prefixedName(e.names(), theirs, c.country()) || prefixedName(c.names(), mine, e.country());
    }

    /** Whether one of these names is a country's demonym or name before one of the other's names, of that same country. */
    private static boolean prefixedName(Iterable<String> names, Set<String> otherNormals, String otherCountry) {
        for (String n : names) {
            EntityKeys.Prefixed p = EntityKeys.withoutCountryPrefix(n);
            if (p != null && p.country().equals(otherCountry) && otherNormals.contains(p.rest())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> written(Iterable<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> {
            String a = NameForms.asAcronym(n);
            if (a != null) {
                out.add(a);
            }
        });
        return out;
    }

    private static Set<String> derived(Iterable<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> {
            String a = NameForms.acronymOf(n);
            if (a != null) {
                out.add(a);
            }
        });
        return out;
    }

    private static Set<String> bodies(Iterable<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> EntityKeys.commonName(n).ifPresent(out::add));
        return out;
    }

    private static Set<String> normals(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> {
            String s = NameForms.normal(n);
            if (!s.isEmpty()) {
                out.add(s);
            }
        });
        return out;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}

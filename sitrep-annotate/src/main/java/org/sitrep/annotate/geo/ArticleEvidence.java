package org.sitrep.annotate.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.Entity;

/**
 * What the article says about where its place names lie, for the resolver: the countries it names outright or
 * through their people, its dateline's country, the countries and states in its organisations' names, the
 * names written beside the country or state they lie in ("Stroud, Ontario"), and where its source publishes.
 */
final class ArticleEvidence {

    /** Words between two place names of a list. */
    private static final Set<String> LIST_JOINS = Set.of("and", "or", ", and", ", or");

    private final Countries countries;
    private final OrganizationNames organizations;

    ArticleEvidence(Countries countries, OrganizationNames organizations) {
        this.countries = countries;
        this.organizations = organizations;
    }

    ToponymResolver.Context of(AnnotationContext context, List<Entity> entities, List<Candidate> found, String datelineCountry) {
        Set<String> countryCodes = new HashSet<>(articleCountries(context, found, datelineCountry));
        Set<String> regions = new HashSet<>();
        organizations.addEvidence(entities, countryCodes, regions);
        return new ToponymResolver.Context(countryCodes, regions, datelineCountry == null ? "" : datelineCountry,
                context.sourceHome(), appositions(found, context.inputText()));
    }

    /** Countries the article names outright or through their people ("Afghan forces"), and the dateline's. */
    private Set<String> articleCountries(AnnotationContext context, List<Candidate> found, String datelineCountry) {
        Set<String> codes = new HashSet<>();
        if (datelineCountry != null) {
            codes.add(datelineCountry);
        }
        for (Candidate f : found) {
            countries.byName(f.span().text()).ifPresent(c -> codes.add(c.code()));
        }
        for (Token t : context.nlp().tokens()) {
            if (!t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0))) {
                countries.byDemonym(t.text()).ifPresent(c -> codes.add(c.code()));
            }
        }
        return codes;
    }

    /**
     * Names written just before another place name after a comma ("Stroud, Ontario", "Greenville, S.C."), or before
     * "in" and a region with its admin word ("Fuyang in Anhui province"): the second may be the country or state the
     * first lies in, which the resolver checks against the gazetteer.
     */
    private Map<String, String> appositions(List<Candidate> found, String input) {
        Map<String, String> out = new HashMap<>();
        for (int k = 0; k + 1 < found.size(); k++) {
            Candidate f = found.get(k);
            Candidate g = found.get(k + 1);
            // Not a list of places ("California, Maryland, Virginia"): nothing listed before or after the pair, but
            // for the country that may close an address ("Stroud, Ontario, Canada").
            boolean listed = k > 0 && joins(found.get(k - 1), f, input, true)
                    || k + 2 < found.size() && joins(g, found.get(k + 2), input, true)
                        && countries.byName(found.get(k + 2).span().text()).isEmpty();
            // "Fuyang in Anhui province": a region named with its admin word after "in" holds the place before it.
            boolean within = g.span().start() > f.span().end() && ToponymResolver.isRegionHint(g.hint())
                    && input.substring(f.span().end(), g.span().start()).strip().equals("in");
            if ((joins(f, g, input, false) && !listed || within) && !f.key().equals(g.key())) {
                out.putIfAbsent(f.key(), g.key());
            }
        }
        return out;
    }

    /** Whether only a comma (or, in a list, also "and" or "or") stands between two place names. */
    private static boolean joins(Candidate a, Candidate b, String input, boolean orList) {
        if (b.span().start() <= a.span().end()) {
            return false;
        }
        String between = input.substring(a.span().end(), b.span().start()).strip();
        return between.equals(",") || orList && LIST_JOINS.contains(between);
    }
}

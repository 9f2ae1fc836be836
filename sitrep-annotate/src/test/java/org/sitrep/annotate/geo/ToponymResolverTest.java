package org.sitrep.annotate.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.PlaceNames;

class ToponymResolverTest {

    private final Gazetteer gazetteer = Gazetteer.instance();

    private Resolution resolve(String name, String hint) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(PlaceNames.key(name), hint);
        return new ToponymResolver(gazetteer).resolve(names, new ToponymResolver.Context(Set.of(), Set.of(), "", null))
                .get(PlaceNames.key(name));
    }

    @Test
    void resolvesVladivostokToTheRussianCity() {
        GazetteerEntry e = resolve("Vladivostok", null).entry();
        assertThat(e.country()).isEqualTo("RU");
        assertThat(e.kind()).isEqualTo("city");
        assertThat(e.geonameid()).isEqualTo(2013348L);
        assertThat(e.lat()).isCloseTo(43.1, org.assertj.core.data.Offset.offset(0.1));
        assertThat(e.lon()).isCloseTo(131.9, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void resolvesKandaharProvinceToTheAfghanRegion() {
        GazetteerEntry e = resolve("Kandahar", "region").entry();
        assertThat(e.country()).isEqualTo("AF");
        assertThat(e.kind()).isEqualTo("region");
        assertThat(e.feature()).isEqualTo("ADM1");
    }

    @Test
    void resolvesBalochistanToThePakistaniRegion() {
        GazetteerEntry e = resolve("Balochistan", null).entry();
        assertThat(e.country()).isEqualTo("PK");
        assertThat(e.kind()).isEqualTo("region");
    }

    @Test
    void aBareNameSharedByARegionAndItsTownMeansTheTown() {
        assertThat(resolve("Kabul", null).entry().kind()).isEqualTo("city");
        assertThat(resolve("Pyongyang", null).entry().kind()).isEqualTo("city");
    }

    @Test
    void theArticlesOtherPlacesChooseBetweenNamesakes() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("alexandria", null);
        names.put("rapides parish", null);
        names.put("pineville", null);
        var resolved = new ToponymResolver(gazetteer).resolve(names, new ToponymResolver.Context(Set.of(), Set.of(), "", null));
        GazetteerEntry alexandria = resolved.get("alexandria").entry();
        assertThat(alexandria.country()).isEqualTo("US");
        assertThat(alexandria.admin1()).isEqualTo("Louisiana");
    }

    @Test
    void leavesANameUnresolvedWhenNothingChoosesBetweenEqualNamesakes() {
        // Two Arlingtons of similar size (Texas, Virginia) and nothing else in the article.
        assertThat(resolve("Arlington", null)).isNull();
    }

    @Test
    void aCountryNamedOnlyByItsOwnNameYieldsToTheStateAmongThatStatesTowns() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String n : List.of("Atlanta", "Macon", "Savannah", "Georgia")) {
            names.put(PlaceNames.key(n), null);
        }
        // The article's countries as the annotator collects them: every name that is a country's, "Georgia" too.
        var resolved = new ToponymResolver(gazetteer).resolve(names, new ToponymResolver.Context(Set.of("GE"), Set.of(), "", null));
        assertThat(resolved.get("georgia").entry().country()).isEqualTo("US");
        assertThat(resolved.get("georgia").entry().kind()).isEqualTo("region");
        // Named with its own capital, the country stays the country.
        Map<String, String> caucasus = new LinkedHashMap<>();
        caucasus.put("tbilisi", null);
        caucasus.put("georgia", null);
        var abroad = new ToponymResolver(gazetteer).resolve(caucasus, new ToponymResolver.Context(Set.of("GE"), Set.of(), "", null));
        assertThat(abroad.get("georgia").entry().country()).isEqualTo("GE");
    }

    @Test
    void aNameInAListOfAStatesOfOneCountryIsTheState() {
        // As in a flu report: the list of US states names Australia's Victoria too, where Vermont is a suburb.
        Map<String, String> names = new LinkedHashMap<>();
        for (String n : List.of("Alabama", "Arkansas", "California", "Colorado", "Delaware", "Idaho", "Maine", "Massachusetts",
                "Montana", "New Hampshire", "North Carolina", "Rhode Island", "Vermont", "Virginia", "West Virginia",
                "United States", "Victoria")) {
            names.put(PlaceNames.key(n), null);
        }
        var resolved = new ToponymResolver(gazetteer).resolve(names, new ToponymResolver.Context(Set.of("US"), Set.of(), "", null));
        assertThat(resolved.get("vermont").entry().country()).isEqualTo("US");
        assertThat(resolved.get("vermont").entry().feature()).isEqualTo("ADM1");
    }
}

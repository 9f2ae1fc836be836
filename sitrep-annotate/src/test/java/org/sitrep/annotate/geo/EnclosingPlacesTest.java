package org.sitrep.annotate.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.lexicon.Gazetteer;

class EnclosingPlacesTest {

    private final EnclosingPlaces none = new EnclosingPlaces(Gazetteer.instance(), Set.of());

    @Test
    void aPlacesOwnHallLiesInItThoughTheArticleDoesNotNameThePlaceAlone() {
        assertThat(none.ofSite("Seoul City Hall")).isEqualTo(new EnclosingPlaces.Head("seoul", false));
        assertThat(none.ofSite("Dover Town Hall")).isEqualTo(new EnclosingPlaces.Head("dover", false));
        // Other buildings named after a place need the place named on its own: "Boston Market" is anywhere.
        assertThat(none.ofSite("Boston Market")).isNull();
    }

    @Test
    void aHyphenatedDirectionNamesAPartOfALargePlace() {
        assertThat(none.ofCompound("North-Western Sydney")).isEqualTo(new EnclosingPlaces.Head("sydney", true));
        assertThat(none.ofCompound("South-East Queensland")).isEqualTo(new EnclosingPlaces.Head("queensland", true));
        // "L.A." is Los Angeles, not Louisiana ("La."), in a direction's part too.
        assertThat(none.ofCompound("South L.A.")).isEqualTo(new EnclosingPlaces.Head("los angeles", true));
        assertThat(none.ofCompound("west Fort Worth")).isEqualTo(new EnclosingPlaces.Head("fort worth", true));
    }
}

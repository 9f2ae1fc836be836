package org.sitrep.annotate.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.annotate.geo.Geo;

class CountriesTest {

    private final Countries countries = Countries.instance();

    @Test
    void findsCountriesByCommonOfficialAndAlternateNames() {
        assertThat(countries.byName("North Korea")).get().extracting(Country::code).isEqualTo("KP");
        assertThat(countries.byName("DPRK")).get().extracting(Country::code).isEqualTo("KP");
        assertThat(countries.byName("Democratic People's Republic of Korea")).get().extracting(Country::code).isEqualTo("KP");
        assertThat(countries.byName("U.S.")).get().extracting(Country::code).isEqualTo("US");
        assertThat(countries.byName("united states")).get().extracting(Country::code).isEqualTo("US");
        assertThat(countries.byName("Cote d’Ivoire")).get().extracting(Country::code).isEqualTo("CI");
        assertThat(countries.byName("the United Kingdom")).get().extracting(Country::code).isEqualTo("GB");
        assertThat(countries.byName("South Korea")).get().extracting(Country::code).isEqualTo("KR");
    }

    @Test
    void codesMatchOnlyInCapitalsSoPronounsStayPronouns() {
        assertThat(countries.byName("us")).isEmpty();
        assertThat(countries.byName("US")).get().extracting(Country::code).isEqualTo("US");
    }

    @Test
    void findsCountriesByDemonym() {
        assertThat(countries.byDemonym("North Korean")).get().extracting(Country::code).isEqualTo("KP");
        assertThat(countries.byDemonym("Afghan")).get().extracting(Country::code).isEqualTo("AF");
        assertThat(countries.byDemonym("Afghans")).get().extracting(Country::code).isEqualTo("AF");
        assertThat(countries.byDemonym("Pakistani")).get().extracting(Country::code).isEqualTo("PK");
        assertThat(countries.byDemonym("Russian")).get().extracting(Country::code).isEqualTo("RU");
        assertThat(countries.byDemonym("Table")).isEmpty();
        // Shared by the Northern Mariana Islands in world-countries: the most populous country keeps it.
        assertThat(countries.byDemonym("American")).get().extracting(Country::code).isEqualTo("US");
    }

    @Test
    void countriesCarryGeoNamesIdsAndPointsOrTheFactbooksWhereTheyDisagree() {
        Country us = countries.byCode("US").orElseThrow();
        assertThat(us.geonameid()).isEqualTo(6252001L);
        assertThat(Geo.km(us.lat(), us.lon(), 39.76, -98.5)).isLessThan(25);
        assertThat(countries.byCode("RU").orElseThrow().geonameid()).isEqualTo(2017370L);
        // GeoNames moved Canada's point into Alberta; the Factbook's centre (60N 95W) is kept.
        Country ca = countries.byCode("CA").orElseThrow();
        assertThat(Geo.km(ca.lat(), ca.lon(), 60.0, -95.0)).isLessThan(25);
        assertThat(countries.all()).filteredOn(c -> c.geonameid() == 0).hasSizeLessThan(5);
    }

    @Test
    void knowsEveryCountryByCodeWithCoordinates() {
        assertThat(countries.all()).hasSizeGreaterThan(240);
        Country ua = countries.byCode("ua").orElseThrow();
        assertThat(ua.name()).isEqualTo("Ukraine");
        assertThat(ua.lat()).isBetween(44.0, 53.0);
        assertThat(ua.lon()).isBetween(22.0, 41.0);
    }

    @Test
    void foldsDiacriticsAndPunctuationInNameKeys() {
        assertThat(PlaceNames.key("Spīn Bōldak")).isEqualTo("spin boldak");
        assertThat(PlaceNames.key("U.S.")).isEqualTo("us");
        assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    }
}

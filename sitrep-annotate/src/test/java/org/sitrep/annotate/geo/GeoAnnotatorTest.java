package org.sitrep.annotate.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.repair.EntityRepair;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

class GeoAnnotatorTest {

    private static final String HEADER = "Border town shelled\n\nBy a staff reporter\n\n";
    private static final String BODY = "Overnight clashes broke out near Spin Boldak in Kandahar province, officials said. "
            + "Residents of Chaman, in Pakistan's Balochistan province, fled to the hills. "
            + "Fighting was also reported in Paktika. In the far eastern Russian city of Vladivostok, "
            + "officials met on Tuesday.";

    private static Article article(String input, int bodyStart, List<Entity> entities) {
        return Article.builder()
                .id("a1")
                .span(new Span(0, input.length()))
                .language("en")
                .body(BODY)
                .bodySpan(new Span(bodyStart, bodyStart + BODY.length()))
                .entities(entities)
                .build();
    }

    private static Article annotate(List<Entity> entities) {
        String input = HEADER + BODY;
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(BODY, HEADER.length()), input,
                CoreNlpAnalyzer.instance());
        return placed(article(input, HEADER.length(), entities), context);
    }

    private static Optional<Entity> named(Article a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
    }

    @Test
    void findsResolvesAndCitesThePlacesOfABorderReport() {
        Article out = annotate(List.of());
        String input = HEADER + BODY;
        for (Entity e : out.entities()) {
            for (Span m : e.mentions()) {
                assertThat(input.substring(m.start(), m.end())).as("mention of %s", e.name()).isEqualTo(m.text());
            }
        }
        Entity spin = named(out, "Spin Boldak").orElseThrow();
        assertThat(spin.place().country()).isEqualTo("AF");
        assertThat(Geo.km(spin.place().lat(), spin.place().lon(), 31.005, 66.3997)).isLessThan(25);
        Entity chaman = named(out, "Chaman").orElseThrow();
        assertThat(chaman.country()).isEqualTo("PK");
        assertThat(Geo.km(chaman.place().lat(), chaman.place().lon(), 30.9171, 66.4524)).isLessThan(25);
        Entity kandahar = named(out, "Kandahar").orElseThrow();
        assertThat(kandahar.place().kind()).isEqualTo("region");
        assertThat(kandahar.country()).isEqualTo("AF");
        assertThat(named(out, "Balochistan").orElseThrow().place().kind()).isEqualTo("region");
        assertThat(named(out, "Paktika").orElseThrow().country()).isEqualTo("AF");
        Entity vladivostok = named(out, "Vladivostok").orElseThrow();
        assertThat(vladivostok.place().kind()).isEqualTo("city");
        assertThat(vladivostok.place().admin1()).isEqualTo("Primorye");
        assertThat(out.entities()).extracting(Entity::id).doesNotHaveDuplicates();
    }

    @Test
    void reTypesAPersonEntityThatIsReallyAPlaceAndKeepsExistingIds() {
        int start = HEADER.length() + BODY.indexOf("Spin Boldak");
        Span mention = new Span(start, start + "Spin Boldak".length(), "Spin Boldak");
        Entity mistyped = new Entity("e7", "PERSON", "Spin Boldak", List.of(), null, null, null, null, List.of(mention));
        Article out = annotate(List.of(mistyped));
        Entity spin = byId(out, "e7");
        assertThat(spin.type()).isEqualTo("GPE");
        assertThat(spin.place()).isNotNull();
        assertThat(spin.country()).isEqualTo("AF");
        assertThat(out.entities()).extracting(Entity::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isNotEqualTo("e1").isNotIn("e2", "e3", "e4", "e5", "e6"));
    }

    @Test
    void theGeoStageAloneAssignsPlacesAndLeavesTheEntitiesAsTheyWere() {
        int start = HEADER.length() + BODY.indexOf("Spin Boldak");
        Span spinBoldak = new Span(start, start + "Spin Boldak".length(), "Spin Boldak");
        int at = HEADER.length() + BODY.indexOf("Chaman");
        Span chaman = new Span(at, at + "Chaman".length(), "Chaman");
        List<Entity> in = List.of(new Entity("e7", "PERSON", "Spin Boldak", List.of(), null, null, null, null, List.of(spinBoldak)),
                new Entity("e8", "GPE", "Chaman", List.of(), null, null, null, null, List.of(chaman)));
        String input = HEADER + BODY;
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(BODY, HEADER.length()), input,
                CoreNlpAnalyzer.instance());
        Article out = new GeoAnnotator().annotate(article(input, HEADER.length(), in), context);
        // no entity added, dropped, re-typed or renamed: that is the entity repair's
        assertThat(out.entities()).hasSize(2);
        for (int i = 0; i < in.size(); i++) {
            Entity before = in.get(i);
            Entity after = out.entities().get(i);
            assertThat(after).usingRecursiveComparison().ignoringFields("place", "country").isEqualTo(before);
        }
        assertThat(byId(out, "e8").place()).isNotNull();
        assertThat(byId(out, "e8").country()).isEqualTo("PK");
        // the reading of places does not depend on the places assigned: the repair reads what the stage read
        PlaceReader reader = new PlaceReader(org.sitrep.annotate.lexicon.Gazetteer.instance(),
                org.sitrep.annotate.lexicon.Countries.instance());
        assertThat(reader.read(out, context)).isEqualTo(reader.read(article(input, HEADER.length(), in), context));
    }

    @Test
    void placesAJoinOfTwoTownsTheGazetteerLacksAtItsFirstTown() {
        String body = "Volunteers filled sandbags across Fargo-Moorhead as the Red River rose, and the Harlan City "
                + "Commission met on Monday. Al-Fashir was quiet.";
        Span joined = span(body, "Fargo-Moorhead");
        Span alFashir = span(body, "Al-Fashir");
        List<Entity> entities = List.of(
                new Entity("e1", "GPE", "Fargo-Moorhead", List.of(), null, null, null, null, List.of(joined)),
                new Entity("e2", "GPE", "Al-Fashir", List.of(), null, null, null, null, List.of(alFashir)));
        Article in = Article.builder()
                .id("a2")
                .span(new Span(0, body.length()))
                .language("en")
                .body(body)
                .bodySpan(new Span(0, body.length()))
                .entities(entities)
                .build();
        Article out = placed(in,
                new AnnotationContext(BodyText.contiguous(body, 0), body, CoreNlpAnalyzer.instance()));
        Entity fargo = out.entities().stream().filter(e -> e.mentions().contains(joined)).findFirst().orElseThrow();
        assertThat(fargo.place()).isNotNull();
        assertThat(fargo.place().country()).isEqualTo("US");
        assertThat(Geo.km(fargo.place().lat(), fargo.place().lon(), 46.877, -96.790)).isLessThan(25);
        // "Al" is no place of its own here: the Arabic article joined to a name is not a join of two places.
        Entity fashir = out.entities().stream().filter(e -> e.mentions().contains(alFashir)).findFirst().orElseThrow();
        assertThat(fashir.place() == null || !"NO".equals(fashir.place().country())).isTrue();
    }

    @Test
    void placesADirectionsPartOfALargePlaceWithinItOnlyInACountryTheArticleNames() {
        String body = "Storms hit East Texas, the United States weather service said. In West Midlands, rain fell.";
        Span east = span(body, "East Texas");
        Span west = span(body, "West Midlands");
        List<Entity> entities = List.of(
                new Entity("e1", "LOCATION", "East Texas", List.of(), null, null, null, null, List.of(east)),
                new Entity("e2", "LOCATION", "West Midlands", List.of(), null, null, null, null, List.of(west)));
        Article in = Article.builder()
                .id("a3")
                .span(new Span(0, body.length()))
                .language("en")
                .body(body)
                .bodySpan(new Span(0, body.length()))
                .entities(entities)
                .build();
        Article out = placed(in,
                new AnnotationContext(BodyText.contiguous(body, 0), body, CoreNlpAnalyzer.instance()));
        Entity texas = out.entities().stream().filter(e -> e.mentions().contains(east)).findFirst().orElseThrow();
        assertThat(texas.place()).isNotNull();
        assertThat(texas.place().admin1()).isEqualTo("Texas");
        // No country named for the Midlands: Zimbabwe's Midlands Province is not guessed.
        Entity midlands = out.entities().stream().filter(e -> e.mentions().contains(west)).findFirst().orElseThrow();
        assertThat(midlands.place() == null || !"ZW".equals(midlands.place().country())).isTrue();
    }

    @Test
    void placesADirectionsPartOfAStateInItWhereTheArticlesOtherPlacesLieInThatCountry() {
        // No country named, but Omaha places the story in the US: Northeast Nebraska is in Nebraska. North Eastern
        // Province is a province of its own, not the north of Rwanda's Eastern Province.
        String body = "Crops in Northeast Nebraska suffered, farmers near Omaha said. Rain also fell in North Eastern Province.";
        Span northeast = span(body, "Northeast Nebraska");
        Span province = span(body, "North Eastern Province");
        Article out = annotateBody(body, List.of(
                new Entity("e1", "LOCATION", "Northeast Nebraska", List.of(), null, null, null, null, List.of(northeast)),
                new Entity("e2", "LOCATION", "North Eastern Province", List.of(), null, null, null, null, List.of(province))));
        Entity nebraska = out.entities().stream().filter(e -> e.mentions().contains(northeast)).findFirst().orElseThrow();
        assertThat(nebraska.place()).isNotNull();
        assertThat(nebraska.place().admin1()).isEqualTo("Nebraska");
        assertThat(nebraska.place().confidence()).isLessThan(0.9);
        Entity kenyan = out.entities().stream().filter(e -> e.mentions().contains(province)).findFirst().orElseThrow();
        assertThat(kenyan.place() == null || !"RW".equals(kenyan.place().country())).isTrue();
    }

    @Test
    void readsAListOfStatesAsStatesAndAProvinceNerNamedWithItsAdminWordAsTheProvince() {
        // Vermont is also a suburb in Victoria, which the article names; in a list of states it is the state. NER took "province" into Hubei's name.
        String body = "Flu activity was moderate in Arkansas, Colorado, Delaware, Idaho, Maine, Montana, New Hampshire, "
                + "North Carolina, Rhode Island, Vermont, Virginia, and West Virginia, and high in Hubei province. "
                + "In Australia, Victoria reported few cases.";
        Span hubei = span(body, "Hubei province");
        Article out = annotateBody(body, List.of(
                new Entity("e1", "LOCATION", "Hubei province", List.of(), null, null, null, null, List.of(hubei))));
        for (String state : List.of("Vermont", "Delaware", "Virginia")) {
            Entity e = named(out, state).orElseThrow();
            assertThat(e.place().kind()).as(state).isEqualTo("region");
            assertThat(e.place().country()).as(state).isEqualTo("US");
            assertThat(e.place().admin1()).as(state).isEqualTo(state);
        }
        Entity province = out.entities().stream().filter(e -> e.mentions().contains(hubei)).findFirst().orElseThrow();
        assertThat(province.place()).isNotNull();
        assertThat(province.place().country()).isEqualTo("CN");
        assertThat(province.place().kind()).isEqualTo("region");
    }

    @Test
    void findsTheTownLocalNewsSaysPeopleLiveIn() {
        // NER tags neither "DeKalb" nor "Oconee" here; "a DeKalb man" and "Jane Roe, 34, of Oconee" say they are places.
        String body = "A DeKalb man has been arrested after a robbery. Jane Roe, 34, of Oconee, was charged too.";
        Article out = annotateBody(body, List.of());
        assertThat(named(out, "DeKalb")).hasValueSatisfying(e -> assertThat(e.type()).isIn("GPE", "LOCATION"));
        assertThat(named(out, "Oconee")).hasValueSatisfying(e -> assertThat(e.type()).isIn("GPE", "LOCATION"));
    }

    @Test
    void placesATownInTheStateOrCountryWrittenBesideIt() {
        // Paris, Ontario, not the French capital; but a list of states is no such pair.
        String body = "Health officials in Paris, Ontario, confirmed two cases. Cases rose in California, Maryland and Virginia.";
        Article out = annotateBody(body, List.of(
                new Entity("e1", "LOCATION", "Paris", List.of(), null, null, null, null, List.of(span(body, "Paris"))),
                new Entity("e2", "LOCATION", "Ontario", List.of(), null, null, null, null, List.of(span(body, "Ontario")))));
        Entity paris = named(out, "Paris").orElseThrow();
        assertThat(paris.place().country()).isEqualTo("CA");
        Entity california = named(out, "California").orElseThrow();
        assertThat(california.place().kind()).isEqualTo("region");
    }

    @Test
    void readsADottedStateAbbreviationAsTheStateNotTheCountryWithThoseLetters() {
        String body = "Officials in Greenville, S.C., and Raleigh, N.C., said the storm moved north.";
        Span sc = span(body, "S.C.");
        Span nc = span(body, "N.C.");
        List<Entity> entities = List.of(
                new Entity("e1", "GPE", "S.C.", List.of(), null, null, null, null, List.of(sc)),
                new Entity("e2", "GPE", "N.C.", List.of(), null, null, null, null, List.of(nc)));
        Article in = Article.builder()
                .id("a4")
                .span(new Span(0, body.length()))
                .language("en")
                .body(body)
                .bodySpan(new Span(0, body.length()))
                .entities(entities)
                .build();
        Article out = placed(in,
                new AnnotationContext(BodyText.contiguous(body, 0), body, CoreNlpAnalyzer.instance()));
        Entity southCarolina = out.entities().stream().filter(e -> e.mentions().contains(sc)).findFirst().orElseThrow();
        assertThat(southCarolina.place().country()).isEqualTo("US");
        assertThat(southCarolina.place().admin1()).isEqualTo("South Carolina");
        Entity northCarolina = out.entities().stream().filter(e -> e.mentions().contains(nc)).findFirst().orElseThrow();
        assertThat(northCarolina.place().admin1()).isEqualTo("North Carolina");
    }

    @Test
    void choosesTheSmallNamesakeTheArticlesOtherPlacesLieBeside() {
        // Local news: Paris beside Henry County is the county seat in Tennessee, not the French capital.
        String body = "Paris and Henry County are rich in history. The Henry County class toured a Paris school on Monday.";
        Article out = annotateBody(body, List.of());
        Entity paris = named(out, "Paris").orElseThrow();
        assertThat(paris.place().country()).isEqualTo("US");
        assertThat(Geo.km(paris.place().lat(), paris.place().lon(), 36.302, -88.326)).isLessThan(25);
        Entity county = named(out, "Henry County").orElseThrow();
        assertThat(county.place().admin1()).isEqualTo("Tennessee");
    }

    @Test
    void aStateOpeningAnOrganisationsNameSaysWhereTheStoryIs() {
        String body = "An Albany man was arrested on Wednesday by agents of the Georgia Bureau of Investigation.";
        Span gbi = span(body, "Georgia Bureau of Investigation");
        Article out = annotateBody(body, List.of(
                new Entity("e1", "ORGANIZATION", "Georgia Bureau of Investigation", List.of(), null, null, null, null, List.of(gbi))));
        Entity albany = named(out, "Albany").orElseThrow();
        assertThat(albany.place().admin1()).isEqualTo("Georgia");
        assertThat(out.entities()).filteredOn(e -> e.id().equals("e1")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("ORGANIZATION"));
    }

    @Test
    void aCountryOrStateOpeningAnOrganisationsNameIsAPlaceMentionInsideIt() {
        String body = "The U.S. Food and Drug Administration and Western Michigan University warned readers of "
                + "the New York Times on Monday.";
        Span fda = span(body, "U.S. Food and Drug Administration");
        Span wmu = span(body, "Western Michigan University");
        Span nyt = span(body, "New York Times");
        Article out = annotateBody(body, List.of(
                new Entity("e1", "ORGANIZATION", fda.text(), List.of(), null, null, null, null, List.of(fda)),
                new Entity("e2", "ORGANIZATION", wmu.text(), List.of(), null, null, null, null, List.of(wmu)),
                new Entity("e3", "ORGANIZATION", nyt.text(), List.of(), null, null, null, null, List.of(nyt))));
        Span us = span(body, "U.S.");
        Entity country = out.entities().stream().filter(e -> e.mentions().contains(us)).findFirst().orElseThrow();
        assertThat(country.type()).isEqualTo("GPE");
        assertThat(country.place().country()).isEqualTo("US");
        assertThat(out.entities()).filteredOn(e -> e.id().equals("e1")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).containsExactly(fda));
        // A bare direction is no state here, and a newspaper's town is not where its story is.
        assertThat(out.entities()).noneMatch(e -> e.name().equals("Western") || e.name().equals("New York"));
    }

    @Test
    void readsARegionsInitialsWrittenAsAPlaceEvenWhereNerTookThemForAnOrganisation() {
        String body = "Restrictions have been placed on horses in NSW. The virus spread across NSW and Queensland.";
        Span first = span(body, "NSW");
        Article out = annotateBody(body, List.of(
                new Entity("e1", "ORGANIZATION", "NSW", List.of(), null, null, null, null, List.of(first))));
        Entity nsw = byId(out, "e1");
        assertThat(nsw.type()).isEqualTo("GPE");
        assertThat(nsw.place().name()).isEqualTo("New South Wales");
        assertThat(nsw.mentions()).hasSize(2);
    }

    @Test
    void placesABuildingAndALegislatorsHomeInThePlacesTheirNamesHold() {
        String body = "Members met in Dublin, Ohio, on Monday at the Dublin Village Shopping Center. "
                + "Sen. Tom Bakk, DFL-Cook, and Rep. Jane Smith, DFL-Minneapolis, voted no. They later ate at Washington Grill.";
        Span mall = span(body, "Dublin Village Shopping Center");
        Span party = span(body, "DFL-Minneapolis");
        Span grill = span(body, "Washington Grill");
        List<Entity> entities = List.of(
                new Entity("e1", "FACILITY", "Dublin Village Shopping Center", List.of(), null, null, null, null, List.of(mall)),
                new Entity("e2", "GPE", "DFL-Minneapolis", List.of(), null, null, null, null, List.of(party)),
                new Entity("e3", "FACILITY", "Washington Grill", List.of(), null, null, null, null, List.of(grill)));
        Article out = annotateBody(body, entities);
        Entity dublin = named(out, "Dublin").orElseThrow();
        assertThat(dublin.place().admin1()).isEqualTo("Ohio");
        Entity shops = byId(out, "e1");
        assertThat(shops.type()).isEqualTo("FACILITY");
        assertThat(shops.place()).isNotNull();
        assertThat(shops.place().admin1()).isEqualTo("Ohio");
        assertThat(shops.place().confidence()).isLessThan(dublin.place().confidence());
        Entity minneapolis = byId(out, "e2");
        assertThat(minneapolis.place().admin1()).isEqualTo("Minnesota");
        // A restaurant named after a place the article does not otherwise name is not put there.
        Entity restaurant = byId(out, "e3");
        assertThat(restaurant.place()).isNull();
    }

    @Test
    void readsATownsCityFormAsTheTownAndLAAsLosAngeles() {
        // An Ohio paper's council story: "Dublin City" (of "Dublin City Council") is its Dublin, not Ireland's county
        // of that name, and is no evidence that the bare "Dublin" is Irish.
        String body = "Members of Dublin City Council met on Monday. Dublin City Manager Jane Roe said Dublin would "
                + "hire. Crime fell in L.A. last year.";
        List<Entity> entities = List.of(
                new Entity("e1", "GPE", "Dublin", List.of(), null, null, null, null,
                        List.of(new Span(body.indexOf("Dublin would"), body.indexOf("Dublin would") + 6, "Dublin"))),
                new Entity("e2", "GPE", "Dublin City", List.of(), null, null, null, null,
                        List.of(new Span(body.indexOf("Dublin City Manager"), body.indexOf("Dublin City Manager") + 11, "Dublin City"))),
                new Entity("e3", "GPE", "L.A.", List.of(), null, null, null, null, List.of(span(body, "L.A."))));
        Article out = annotateBody(body, entities, SourceHomes.place("Columbus, Ohio").orElseThrow());
        for (String id : List.of("e1", "e2")) {
            Entity dublin = byId(out, id);
            assertThat(dublin.place().admin1()).as(id).isEqualTo("Ohio");
        }
        Entity la = byId(out, "e3");
        assertThat(la.place().name()).isEqualTo("Los Angeles");
    }

    @Test
    void readsACapitalsNameInALongListOfStatesAndFormerRegionsAndStatesByTheirOldNames() {
        String body = "Pistachios were recalled in Alaska, Arizona, California, Idaho, Oregon, Utah, Virginia, Washington and "
                + "Wyoming. Health workers in Nyanza province met doctors from Zaire and the former Soviet Union.";
        Article out = annotateBody(body, List.of(
                new Entity("e1", "LOCATION", "Zaire", List.of(), null, null, null, null, List.of(span(body, "Zaire"))),
                new Entity("e2", "LOCATION", "Soviet Union", List.of(), null, null, null, null, List.of(span(body, "Soviet Union")))));
        Entity washington = named(out, "Washington").orElseThrow();
        assertThat(washington.place().kind()).isEqualTo("region");
        assertThat(washington.place().admin1()).isEqualTo("Washington");
        Entity nyanza = out.entities().stream().filter(e -> e.name().startsWith("Nyanza")).findFirst().orElseThrow();
        assertThat(nyanza.place().country()).isEqualTo("KE");
        assertThat(Geo.km(nyanza.place().lat(), nyanza.place().lon(), -0.5, 34.6)).isLessThan(100);
        assertThat(named(out, "Zaire").orElseThrow().place().country()).isEqualTo("CD");
        assertThat(named(out, "Soviet Union").orElseThrow().place()).isNotNull();
    }

    @Test
    void readsARegionByEitherCompassFormOrWithoutItsAdminWordsAndATownOverAnotherCitysSuburb() {
        // GeoNames has "Southern Darfur" and "Metro Vancouver Regional District"; news writes "South Darfur" and
        // "Metro Vancouver". Flemington alone is New Jersey's county seat, not the Melbourne suburb of more people.
        String body = "Aid reached Nyala in South Darfur on Monday. Metro Vancouver will widen its recycling program. "
                + "A bake sale is planned in Flemington on Saturday.";
        Article out = annotateBody(body, List.of(
                new Entity("e1", "LOCATION", "South Darfur", List.of(), null, null, null, null, List.of(span(body, "South Darfur"))),
                new Entity("e2", "LOCATION", "Metro Vancouver", List.of(), null, null, null, null, List.of(span(body, "Metro Vancouver"))),
                new Entity("e3", "LOCATION", "Flemington", List.of(), null, null, null, null,
                        List.of(new Span(body.lastIndexOf("Flemington"), body.lastIndexOf("Flemington") + 10, "Flemington")))));
        Place darfur = byId(out, "e1").place();
        assertThat(darfur.country()).isEqualTo("SD");
        assertThat(darfur.kind()).isEqualTo("region");
        assertThat(Geo.km(darfur.lat(), darfur.lon(), 11.5, 25.0)).isLessThan(161);
        Place vancouver = byId(out, "e2").place();
        assertThat(vancouver.admin1()).isEqualTo("British Columbia");
        assertThat(Geo.km(vancouver.lat(), vancouver.lon(), 49.25, -123.12)).isLessThan(50);
        Place flemington = byId(out, "e3").place();
        assertThat(flemington.admin1()).isEqualTo("New Jersey");
    }

    @Test
    void aTownNerTookForAPersonOrOrganisationIsAPlaceWhereTheArticlesPlacesLieNearIt() {
        String body = "Henderson and Boulder City will weigh a shared police training ground. Boulder City would build it "
                + "near Henderson on Tuesday. Delta cut flights to Las Vegas.";
        List<Span> henderson = new ArrayList<>();
        for (int at = body.indexOf("Henderson"); at >= 0; at = body.indexOf("Henderson", at + 1)) {
            henderson.add(new Span(at, at + 9, "Henderson"));
        }
        Article out = annotateBody(body, List.of(
                new Entity("e1", "PERSON", "Henderson", List.of(), null, null, null, null, henderson),
                new Entity("e2", "ORGANIZATION", "Delta", List.of(), null, null, null, null, List.of(span(body, "Delta")))));
        Entity town = byId(out, "e1");
        assertThat(town.type()).isEqualTo("GPE");
        assertThat(town.place().admin1()).isEqualTo("Nevada");
        assertThat(town.mentions()).hasSize(2);
        // NER's organisation named like a town the article also places by itself.
        String council = "Mansfield approved the budget on Monday. Both men live in Mansfield, near Ashland, Ohio.";
        Article met = annotateBody(council, List.of(new Entity("e3", "ORGANIZATION", "Mansfield", List.of(), null, null, null,
                null, List.of(span(council, "Mansfield")))));
        assertThat(byId(met, "e3").type()).isEqualTo("GPE");
        assertThat(byId(met, "e3").place().admin1()).isEqualTo("Ohio");
        // An airline named like a town no other place of the article lies near stays an organisation.
        Entity airline = byId(out, "e2");
        assertThat(airline.type()).isEqualTo("ORGANIZATION");
        assertThat(airline.place()).isNull();
    }

    @Test
    void aNameRunningOnIntoAnotherCapitalisedWordOrAGenericAdjectiveIsNoPlace() {
        // Mád (Hungary) and Federal (Entre Ríos) are in the gazetteer; "Mad Cow" and "Federal Agriculture Minister" are not places.
        String body = "At least 150 people have died of a disease linked to Mad Cow disease. The Federal Agriculture "
                + "Minister spoke to reporters in Canberra. The jars came from a wholesaler in Akron, King Nut Foods.";
        Article out = annotateBody(body, List.of());
        assertThat(out.entities()).noneMatch(e -> e.name().equals("Mad") || e.name().equals("Federal") || e.name().equals("King"));
        assertThat(named(out, "Canberra").orElseThrow().country()).isEqualTo("AU");
    }

    @Test
    void aTownWrittenBesideAStateItsNamesakesAreNotInStaysUnresolved() {
        // Stroud, Ontario is below the gazetteer's 1,000 people; England's Stroud is not the town meant.
        String body = "A driver was stopped near Stroud, Ontario, Canada, on Friday.";
        Article out = annotateBody(body, List.of());
        Entity stroud = named(out, "Stroud").orElseThrow();
        assertThat(stroud.place()).isNull();
        assertThat(named(out, "Ontario").orElseThrow().place().country()).isEqualTo("CA");
    }

    @Test
    void joinsANameNerSplitAtAParticleAndKeepsACapitalOverATownOfAListedState() {
        String body = "Brazil counted deaths in Rio de Janeiro, and one each in Rio Grande do Sul, Tocantins and Minas "
                + "Gerais. A laboratory in Santiago confirmed 400 cases in Chile.";
        Article out = annotateBody(body, List.of(
                new Entity("e1", "LOCATION", "Rio Grande", List.of(), null, null, null, null, List.of(span(body, "Rio Grande")))));
        Entity state = byId(out, "e1");
        assertThat(state.mentions()).extracting(Span::text).containsExactly("Rio Grande do Sul");
        assertThat(state.place().kind()).isEqualTo("region");
        assertThat(state.place().country()).isEqualTo("BR");
        assertThat(named(out, "Santiago").orElseThrow().place().country()).isEqualTo("CL");
    }

    @Test
    void aPersonsSurnameNerTookForAPlaceJoinsThePerson() {
        String body = "Fire Chief Anna Ferracuti spoke in New London on Monday. Ferracuti said the case was open.";
        Span full = span(body, "Anna Ferracuti");
        int at = body.lastIndexOf("Ferracuti");
        Span bare = new Span(at, at + 9, "Ferracuti");
        Article out = annotateBody(body, List.of(
                new Entity("e1", "PERSON", "Anna Ferracuti", List.of(), null, null, null, null, List.of(full)),
                new Entity("e2", "LOCATION", "Ferracuti", List.of(), null, null, null, null, List.of(bare))));
        assertThat(out.entities()).noneMatch(e -> e.id().equals("e2"));
        assertThat(byId(out, "e1").mentions()).containsExactly(full, bare);
        assertThat(named(out, "New London").orElseThrow().place()).isNotNull();
        // NER's own reading: "Warden" after "to" is no town in Washington when Harold James Warden is the story's man.
        String arrest = "Deputies detained Harold James Warden, 52, on Friday. Troy police drove to Warden\u2019s Elm "
                + "Street house, where they found a rifle.";
        assertThat(annotateBody(arrest, List.of()).entities()).noneMatch(e -> e.name().equals("Warden") && e.place() != null);
    }

    @Test
    void aTownInAProvinceNamedWithItsAdminWordLiesInIt() {
        String body = "Officials in Hangzhou and Shanghai counted new cases. Hospitals in Fuyang in Anhui province filled quickly.";
        Article out = annotateBody(body, List.of());
        assertThat(named(out, "Fuyang").orElseThrow().place().admin1()).isEqualTo("Anhui");
    }

    @Test
    void aPlaceNameNerSplitWithAnOrganisationIsThePlaceWhole() {
        // NER: "Ministry of Health of the People" | "Republic of China" (which alone is Taiwan's name).
        String body = "An order was given by the Ministry of Health of the People's Republic of China on Monday.";
        Article out = annotateBody(body, List.of(
                new Entity("e1", "ORGANIZATION", "Ministry of Health of the People", List.of(), null, null, null, null,
                        List.of(span(body, "Ministry of Health of the People"))),
                new Entity("e2", "GPE", "Republic of China", List.of(), null, null, null, null, List.of(span(body, "Republic of China")))));
        Entity china = byId(out, "e2");
        assertThat(china.mentions()).extracting(Span::text).containsExactly("People's Republic of China");
        assertThat(china.place().country()).isEqualTo("CN");
    }

    @Test
    void findsANameWhoseLastWordOpensOnAnElidedParticle() {
        String body = "Delegates came from Benin, Cape Verde, C\u00f4te d'Ivoire, Gambia and Ghana.";
        Article out = annotateBody(body, List.of());
        assertThat(named(out, "C\u00f4te d'Ivoire").orElseThrow().place().country()).isEqualTo("CI");
    }

    @Test
    void leansANamesakeTowardsTheCountryOfTheSourcesDomain() {
        String body = "Farmers in Clare protested on Monday.";
        List<Entity> entities = List.of(new Entity("e1", "LOCATION", "Clare", List.of(), null, null, null, null, List.of(span(body, "Clare"))));
        Article out = annotateBody(body, entities, new SourceHomes().home("independent.ie").orElseThrow());
        assertThat(named(out, "Clare").orElseThrow().place().country()).isEqualTo("IE");
        Article unplaced = annotateBody(body, entities);
        assertThat(named(unplaced, "Clare").orElseThrow().place()).isNull(); // four Clares, nothing to choose by
    }

    @Test
    void aLocalPapersNeighbourTownWhosePopulationIsUnknownWinsWithItsHome() {
        // Bloomfield, Connecticut has no population in the sources; Bloomfield, New Jersey has 47,000 people.
        String body = "Police in Bloomfield arrested a man on Tuesday.";
        List<Entity> entities = List.of(new Entity("e1", "GPE", "Bloomfield", List.of(), null, null, null, null, List.of(span(body, "Bloomfield"))));
        Article out = annotateBody(body, entities, SourceHomes.place("Hartford, Connecticut").orElseThrow());
        assertThat(named(out, "Bloomfield").orElseThrow().place().admin1()).isEqualTo("Connecticut");
        Article jersey = annotateBody(body, entities, SourceHomes.place("Newark, New Jersey").orElseThrow());
        assertThat(named(jersey, "Bloomfield").orElseThrow().place().admin1()).isEqualTo("New Jersey");
    }

    @Test
    void joinsANameNerSplitAtAnAbbreviationOrAJoiningWord() {
        String body = "The mill in Sault Ste. Marie will close. Tourists left St. Kitts and Nevis on Monday.";
        Article out = annotateBody(body, List.of(
                new Entity("e1", "GPE", "Sault", List.of(), null, null, null, null, List.of(span(body, "Sault"))),
                new Entity("e2", "PERSON", "Marie", List.of(), null, null, null, null, List.of(span(body, "Marie"))),
                new Entity("e3", "GPE", "St. Kitts", List.of(), null, null, null, null, List.of(span(body, "St. Kitts"))),
                new Entity("e4", "GPE", "Nevis", List.of(), null, null, null, null, List.of(span(body, "Nevis")))));
        Entity sault = byId(out, "e1");
        assertThat(sault.name()).isEqualTo("Sault Ste. Marie");
        assertThat(sault.mentions()).containsExactly(span(body, "Sault Ste. Marie"));
        assertThat(sault.place().country()).isIn("US", "CA");
        Entity kitts = byId(out, "e3");
        assertThat(kitts.place().country()).isEqualTo("KN");
        // The pieces are no entities of their own.
        assertThat(out.entities()).extracting(Entity::id).doesNotContain("e2", "e4");
        // And a name NER began late: "People's" before "Republic of China" (Taiwan's name alone), but not "The".
        String more = "The United States and the People's Republic of China talked.";
        int roc = more.indexOf("Republic of China");
        Article talks = annotateBody(more, List.of(
                new Entity("e1", "GPE", "United States", List.of(), null, null, null, null, List.of(span(more, "United States"))),
                new Entity("e2", "GPE", "Republic of China", List.of(), null, null, null, null,
                        List.of(new Span(roc, roc + "Republic of China".length(), "Republic of China")))));
        Entity china = byId(talks, "e2");
        assertThat(china.mentions()).containsExactly(span(more, "People's Republic of China"));
        assertThat(china.place().country()).isEqualTo("CN");
        Entity us = byId(talks, "e1");
        assertThat(us.mentions()).containsExactly(span(more, "United States"));
    }

    @Test
    void aLoneHamletNothingInTheArticleSupportsIsPlacedWithoutConfidence() {
        // The gazetteer's only "Mill" is a Dutch village: NER's "Mill" in an American story is likely something else.
        String body = "Workers at the Red Mill plant in Ohio walked out.";
        Article out = annotateBody(body, List.of(
                new Entity("e1", "LOCATION", "Mill", List.of(), null, null, null, null, List.of(span(body, "Mill")))));
        Entity mill = byId(out, "e1");
        assertThat(mill.place() == null || mill.place().confidence() < 0.7).isTrue();
        // A lone reading the article supports keeps its confidence: Spin Boldak with Afghanistan named.
        String border = "Afghan officials said Spin Boldak was calm.";
        Article calm = annotateBody(border, List.of(
                new Entity("e1", "GPE", "Spin Boldak", List.of(), null, null, null, null, List.of(span(border, "Spin Boldak")))));
        assertThat(named(calm, "Spin Boldak").orElseThrow().place().confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aCitysRegionIsTheCityAndACountyWordTheCounty() {
        // Houston County lies 180 km from Houston: "the Houston region" is the city's, "Houston county" the county.
        String body = "Nine cases of West Nile virus were found in the Houston region, officials in Texas said.";
        Article out = annotateBody(body, List.of());
        assertThat(Geo.km(named(out, "Houston").orElseThrow().place().lat(), named(out, "Houston").orElseThrow().place().lon(),
                29.76, -95.36)).isLessThan(50);
        String county = "Deputies in Houston county, Texas, arrested two men.";
        Article deputies = annotateBody(county, List.of());
        Entity houstonCounty = deputies.entities().stream().filter(e -> e.name().startsWith("Houston")).findFirst().orElseThrow();
        assertThat(houstonCounty.place().name()).isEqualTo("Houston County");
    }

    @Test
    void aStateCapitalOutweighsAVillageOfItsNameInAnotherStateTheArticleNames() {
        // Boston, New York is a village of 8,000 near Buffalo; the article names New York only as its governor's state.
        String body = "Flu spread across the United States. The mayor of Boston declared an emergency for the city. "
                + "Officials in Texas urged flu shots. New York Governor Andrew Cuomo declared a statewide emergency.";
        Entity boston = named(annotateBody(body, List.of()), "Boston").orElseThrow();
        assertThat(boston.place().admin1()).isEqualTo("Massachusetts");
    }

    @Test
    void aTownsCityFormThatIsOnlyAnotherNameOfANamesakeIsStillTheTown() {
        // "Springfield City" is another name of Springfield, Massachusetts, in GeoNames; an Ohio paper's is its own.
        String body = "Springfield City Schools will hire teachers, the Springfield board said.";
        Article out = annotateBody(body, List.of(
                new Entity("e2", "GPE", "Springfield City", List.of(), null, null, null, null, List.of(span(body, "Springfield City"))),
                new Entity("e3", "GPE", "Springfield", List.of(), null, null, null, null,
                        List.of(new Span(body.lastIndexOf("Springfield"), body.lastIndexOf("Springfield") + 11, "Springfield")))),
                SourceHomes.place("Springfield, Ohio").orElseThrow());
        assertThat(byId(out, "e2").place().admin1()).isEqualTo("Ohio");
    }

    @Test
    void aPlacesNameThatNamesAPathogenIsNoPlaceButACountrysStaysOne() {
        String body = "Pigs tested positive for the Ebola-Reston virus and for the Reston strain. The Sudan strain is deadlier.";
        Article out = annotateBody(body, List.of());
        assertThat(out.entities()).noneMatch(e -> e.place() != null && "Reston".equals(e.place().name()));
        assertThat(named(out, "Sudan").orElseThrow().place().country()).isEqualTo("SD");
    }

    private static Entity byId(Article article, String id) {
        return article.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Article annotateBody(String body, List<Entity> entities) {
        return annotateBody(body, entities, null);
    }

    /** Annotates a body with the given entities, its source publishing at {@code home} (null for unknown). */
    private static Article annotateBody(String body, List<Entity> entities, Place home) {
        Article in = Article.builder()
                .id("t")
                .span(new Span(0, body.length()))
                .language("en")
                .body(body)
                .bodySpan(new Span(0, body.length()))
                .entities(entities)
                .build();
        return placed(in,
                new AnnotationContext(BodyText.contiguous(body, 0), body, CoreNlpAnalyzer.instance(), home));
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length(), part);
    }

    /** The geo stage and the entity repair that follows it, as the pipeline runs them. */
    static Article placed(Article article, AnnotationContext context) {
        return new EntityRepair().annotate(new GeoAnnotator().annotate(article, context), context);
    }
}

package org.sitrep.annotate.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.junit.jupiter.api.Test;

class SourceHomesTest {

    private static final Place ALEXANDRIA_MN = new Place(5016108, "Alexandria", "city", "US", "Minnesota", 45.885, -95.377, 0.95);
    private static final Place ST_CLOUD = new Place(5045360, "St. Cloud", "city", "US", "Minnesota", 45.561, -94.163, 0.95);
    private static final Place DULUTH = new Place(5024719, "Duluth", "city", "US", "Minnesota", 46.783, -92.106, 0.95);
    private static final Place BOSTON = new Place(4930956, "Boston", "city", "US", "Massachusetts", 42.358, -71.060, 0.95);
    private static final Place KABUL = new Place(1138958, "Kabul", "city", "AF", "Kabul", 34.528, 69.172, 0.95);

    private static Article withPlaces(Place... places) {
        List<Entity> entities = new ArrayList<>();
        for (Place p : places) {
            entities.add(new Entity("e" + entities.size(), "GPE", p.name(), List.of(), null, null, p.country(), p, List.of()));
        }
        return Article.builder()
                .id("a")
                .span(new Span(0, 1))
                .language("en")
                .body("x")
                .bodySpan(new Span(0, 1))
                .entities(entities)
                .build();
    }

    /** Feeds {@code homes} {@code times} articles of {@code source} that each place the same things. */
    private static void learnTimes(SourceHomes homes, String source, int times, Article article) {
        for (int i = 0; i < times; i++) {
            homes.learn(source, article);
        }
    }

    @Test
    void aLocalPapersHomeIsTheTownMostOfItsArticlesInItsStateName() {
        SourceHomes homes = new SourceHomes();
        homes.learn("echopress.com", withPlaces(ALEXANDRIA_MN));
        assertThat(homes.home("echopress.com")).isEmpty(); // one article is too few to tell
        homes.learn("echopress.com", withPlaces(ALEXANDRIA_MN, ST_CLOUD));
        assertThat(homes.home("echopress.com")).isPresent(); // two articles that agree
        homes.learn("echopress.com", withPlaces(ALEXANDRIA_MN, DULUTH));
        homes.learn("echopress.com", withPlaces(BOSTON));
        Optional<Place> home = homes.home("echopress.com");
        assertThat(home).isPresent();
        assertThat(home.get().name()).isEqualTo("Alexandria");
        assertThat(home.get().admin1()).isEqualTo("Minnesota");
        assertThat(home.get().confidence()).isEqualTo(0.75);
        assertThat(homes.home("other.com")).isEmpty();
    }

    @Test
    void aPaperNamedAfterATownOfItsHomeStateIsThere() {
        // Its articles name Dallas more, but the paper is the Paris News, of Paris, Texas.
        Place dallas = new Place(4684888, "Dallas", "city", "US", "Texas", 32.783, -96.807, 0.95);
        Place tyler = new Place(4738214, "Tyler", "city", "US", "Texas", 32.351, -95.301, 0.95);
        // Two articles that agree do for any source; one whose name spells a town of their state is that town.
        SourceHomes homes = new SourceHomes();
        learnTimes(homes, "theparisnews.com", 2, withPlaces(dallas, tyler));
        Place home = homes.home("theparisnews.com").orElseThrow();
        assertThat(home.name()).isEqualTo("Paris");
        assertThat(home.admin1()).isEqualTo("Texas");
        assertThat(Geo.km(home.lat(), home.lon(), 33.661, -95.556)).isLessThan(25);
        // Any label but the last may spell it.
        Place atlanta = new Place(4180439, "Atlanta", "city", "US", "Georgia", 33.749, -84.388, 0.95);
        SourceHomes chronicle = new SourceHomes();
        learnTimes(chronicle, "chronicle.augusta.com", 3, withPlaces(atlanta));
        assertThat(chronicle.home("chronicle.augusta.com").orElseThrow().name()).isEqualTo("Augusta");
        // A name that spells no town of the home state leaves the town its articles name most.
        SourceHomes other = new SourceHomes();
        learnTimes(other, "morningnews.example", 3, withPlaces(dallas));
        assertThat(other.home("morningnews.example").orElseThrow().name()).isEqualTo("Dallas");
    }

    @Test
    void aStateWhoseTownTheSourcesNameSpellsNeedsFewerArticles() {
        // An Ohio paper whose own Dublin its articles placed in Ireland: Columbus, which its name spells, wins.
        Place dublin = new Place(2964574, "Dublin", "city", "IE", "Leinster", 53.333, -6.249, 1.0);
        Place columbus = new Place(4509177, "Columbus", "city", "US", "Ohio", 39.961, -82.999, 0.95);
        SourceHomes homes = new SourceHomes();
        learnTimes(homes, "columbuslocalnews.com", 3, withPlaces(dublin));
        homes.learn("columbuslocalnews.com", withPlaces(columbus));
        homes.learn("columbuslocalnews.com", withPlaces(columbus));
        Place home = homes.home("columbuslocalnews.com").orElseThrow();
        assertThat(home.country()).isEqualTo("US");
        assertThat(home.admin1()).isEqualTo("Ohio");
        assertThat(home.name()).isEqualTo("Columbus");
    }

    @Test
    void readsAHomeTheUserNames() {
        Place minnesota = SourceHomes.place("Alexandria, Minnesota").orElseThrow();
        assertThat(minnesota.admin1()).isEqualTo("Minnesota");
        assertThat(SourceHomes.place("Paris, Tex.").orElseThrow().admin1()).isEqualTo("Texas");
        assertThat(SourceHomes.place("Chaman, Pakistan").orElseThrow().country()).isEqualTo("PK");
        assertThat(SourceHomes.place("Paris").orElseThrow().country()).isEqualTo("FR");
        assertThat(SourceHomes.place("Alexandria, Narnia")).isEmpty();
        assertThat(SourceHomes.place("Nowhere At All")).isEmpty();
    }

    @Test
    void aSourceSpreadOverManyStatesHasNoHome() {
        SourceHomes homes = new SourceHomes();
        homes.learn("wire.example", withPlaces(ALEXANDRIA_MN));
        homes.learn("wire.example", withPlaces(BOSTON));
        homes.learn("wire.example", withPlaces(KABUL));
        homes.learn("wire.example", withPlaces(DULUTH));
        assertThat(homes.home("wire.example")).isEmpty(); // two of four articles in Minnesota are chance
        // A country-code domain tells the country until the articles tell the town; a generic one ("news.tv") tells nothing.
        Place ireland = homes.home("independent.ie").orElseThrow();
        assertThat(ireland.kind()).isEqualTo("country");
        assertThat(ireland.country()).isEqualTo("IE");
        assertThat(homes.home("dailystar.com.lb").orElseThrow().country()).isEqualTo("LB");
        assertThat(homes.home("bbc.co.uk").orElseThrow().country()).isEqualTo("GB");
        assertThat(homes.home("news.tv")).isEmpty();
        SourceHomes fewer = new SourceHomes();
        fewer.learn("small.example", withPlaces(ALEXANDRIA_MN));
        fewer.learn("small.example", withPlaces(BOSTON));
        fewer.learn("small.example", withPlaces(DULUTH));
        assertThat(fewer.home("small.example").orElseThrow().admin1()).isEqualTo("Minnesota"); // two of three are not
        // Unsure places teach nothing.
        SourceHomes unsure = new SourceHomes();
        Place guess = new Place(5016108, "Alexandria", "city", "US", "Minnesota", 45.885, -95.377, 0.6);
        learnTimes(unsure, "paper.example", 4, withPlaces(guess));
        assertThat(unsure.home("paper.example")).isEmpty();
    }

    @Test
    void theSourceOfAPageIsItsUrlsHost() {
        assertThat(SourceHomes.sourceOf("http://www.TheTownTalk.com/article/20090320/NEWS01")).isEqualTo("thetowntalk.com");
        assertThat(SourceHomes.sourceOf("not a url")).isNull();
        assertThat(SourceHomes.sourceOf(null)).isNull();
    }

    @Test
    void aLocalNameLeansToTheNamesakeNearTheSourcesHome() {
        // Nothing in the text says which Alexandria; the paper publishes in Minnesota.
        String body = "The Alexandria school board met on Tuesday to discuss the budget.";
        Article away = withHome(body, null);
        Article home = withHome(body, ALEXANDRIA_MN);
        Place withoutHome = placeOf(away, "Alexandria");
        assertThat(withoutHome == null || !"Minnesota".equals(withoutHome.admin1())).isTrue();
        Place withHome = placeOf(home, "Alexandria");
        assertThat(withHome).isNotNull();
        assertThat(withHome.admin1()).isEqualTo("Minnesota");
        assertThat(Geo.km(withHome.lat(), withHome.lon(), 45.885, -95.377)).isLessThan(25);
    }

    @Test
    void aSourcesOwnTownsNameIsThatTownUnlessTheArticleSaysOtherwise() {
        // The Athens Review's Athens is Athens, Texas, not the Greek capital; the Paris News's Paris, France, is in France.
        Place athensTx = new Place(4671545, "Athens", "city", "US", "Texas", 32.205, -95.856, 1.0);
        Place parisTx = new Place(4717560, "Paris", "city", "US", "Texas", 33.661, -95.556, 1.0);
        Place athens = placeOf(withHome("Athens residents packed the school board meeting on Monday.", athensTx), "Athens");
        assertThat(athens.country()).isEqualTo("US");
        assertThat(athens.admin1()).isEqualTo("Texas");
        Place paris = placeOf(withHome("The mayor flew to Paris, France, on Monday for the summit.", parisTx), "Paris");
        assertThat(paris.country()).isEqualTo("FR");
    }

    /** The body read by the geo stage and the entity repair, with the source's home (null: unknown). */
    private static Article withHome(String body, Place home) {
        Article in = Article.builder()
                .id("t")
                .span(new Span(0, body.length()))
                .language("en")
                .body(body)
                .bodySpan(new Span(0, body.length()))
                .build();
        return placed(in,
                new AnnotationContext(BodyText.contiguous(body, 0), body, CoreNlpAnalyzer.instance(), home));
    }

    private static Place placeOf(Article article, String name) {
        return article.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name)))
                .map(Entity::place).filter(p -> p != null).findFirst().orElse(null);
    }

    private static Article placed(Article article, AnnotationContext context) {
        return GeoAnnotatorTest.placed(article, context);
    }
}

package org.sitrep.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.geo.GeoAnnotator;
import org.sitrep.annotate.repair.EntityRepair;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * The classes of names a new user found mistyped (issue 16): armed groups and countries read as people, a place after
 * "Residents of", associations of states cut short, a long name cut before its acronym's last letters, titles without
 * their affiliation. Each on a sentence written as news writes it; models load once for the class.
 */
class NewsNameClassesTest {

    private static List<Entity> read(String text) {
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(text, 0), text, CoreNlpAnalyzer.instance());
        return new EntityAnnotator().read(context);
    }

    private static Entity named(List<Entity> entities, String name) {
        Optional<Entity> e = entities.stream().filter(x -> x.name().equals(name) || x.aliases().contains(name)).findFirst();
        assertThat(e).as("entity %s among %s", name, entities.stream().map(Entity::name).toList()).isPresent();
        return e.get();
    }

    @Test
    void armedGroupsAreOrganisationsWhateverTheirSpelling() {
        List<Entity> es = read("Al-Shabaab claimed responsibility for the attack in Mogadishu on Sunday. "
                + "Militants from Boko Haram killed 20 villagers in Borno state.");
        assertThat(named(es, "Al-Shabaab").type()).isEqualTo("ORGANIZATION");
        assertThat(named(es, "Boko Haram").type()).isEqualTo("ORGANIZATION");
        List<Entity> lower = read("The attack was claimed by al-Shabaab, the Somali militant group linked to al-Qaeda.");
        assertThat(named(lower, "al-Shabaab").type()).isEqualTo("ORGANIZATION");
        assertThat(named(lower, "al-Qaeda").type()).isEqualTo("ORGANIZATION");
        assertThat(es).noneMatch(e -> e.type().equals("PERSON"));
        assertThat(lower).noneMatch(e -> e.type().equals("PERSON"));
    }

    @Test
    void aCountrysNameIsNoPersonAndItsLeaderIsAffiliatedWithIt() {
        List<Entity> es = read("Burkina Faso's leader Ibrahim Traore met Russian officials in Moscow.");
        Entity country = named(es, "Burkina Faso");
        assertThat(country.type()).isEqualTo("GPE");
        assertThat(country.country()).isEqualTo("BF");
        Entity leader = named(es, "Ibrahim Traore");
        assertThat(leader.title()).isEqualTo("leader");
        assertThat(leader.affiliation()).isEqualTo("Burkina Faso");
        List<Entity> alone = read("Burkina Faso's military leader said on Monday that elections would be postponed.");
        assertThat(named(alone, "Burkina Faso").type()).isEqualTo("GPE");
        assertThat(alone).noneMatch(e -> e.type().equals("PERSON"));
    }

    @Test
    void theNameAfterResidentsOfIsAPlace() {
        List<Entity> es = read("Residents of Qusayr fled the town as fighting intensified.");
        assertThat(named(es, "Qusayr").type()).isEqualTo("GPE");
        assertThat(es).noneMatch(e -> e.type().equals("PERSON") || e.name().contains("Residents"));
    }

    @Test
    void anAssociationOfStatesIsOneOrganisationWithItsAcronym() {
        List<Entity> es = read("Mali, Burkina Faso and Niger formed the Alliance of Sahel States last year after leaving "
                + "the Economic Community of West African States (ECOWAS).");
        assertThat(named(es, "Alliance of Sahel States").type()).isEqualTo("ORGANIZATION");
        Entity ecowas = named(es, "Economic Community of West African States");
        assertThat(ecowas.type()).isEqualTo("ORGANIZATION");
        assertThat(ecowas.aliases()).contains("ECOWAS");
        assertThat(es).noneMatch(e -> e.name().equals("Sahel States") || e.name().equals("Economic Community of West"));
        assertThat(es.stream().filter(e -> e.type().equals("GPE")).map(Entity::country)).containsExactly("ML", "BF", "NE");
    }

    @Test
    void anAssociationsPluralIsNoCountryOnceTheArticleIsPlaced() {
        String text = "Mali, Burkina Faso and Niger formed the Alliance of Sahel States. He moved back to the States in 2019.";
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(text, 0), text, CoreNlpAnalyzer.instance());
        Article article = Article.builder().id("a").span(new Span(0, text.length())).language("en").body(text)
                .bodySpan(new Span(0, text.length())).build();
        Article placed = new EntityRepair().annotate(new GeoAnnotator().annotate(new EntityAnnotator().annotate(article, context),
                context), context);
        List<Entity> us = placed.entities().stream().filter(e -> "US".equals(e.country())).toList();
        assertThat(us).hasSize(1);
        assertThat(us.get(0).mentions()).extracting(Span::start).containsExactly(text.indexOf("States in"));
        assertThat(named(placed.entities(), "Alliance of Sahel States").type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void aLongNameIsWholeAndJoinedByTheAcronymItsInitialsSpell() {
        List<Entity> es = read("Peacekeepers of the United Nations Interim Force in Lebanon said two positions were hit. "
                + "UNIFIL said no one was hurt.");
        Entity unifil = named(es, "United Nations Interim Force in Lebanon");
        assertThat(unifil.type()).isEqualTo("ORGANIZATION");
        assertThat(unifil.aliases()).containsExactly("UNIFIL");
        assertThat(unifil.mentions()).hasSize(2);
        assertThat(es).noneMatch(e -> e.name().equals("United Nations Interim Force"));
        // alone, the acronym keeps its capitals
        assertThat(named(read("UNIFIL said no one was hurt in the strike."), "UNIFIL").type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void aSpokesmanForTheArmyIsAffiliatedWithTheArmyOfTheCountryTheArticleNames() {
        Entity plain = named(read("Ali Hassan, a spokesman for the army, said 12 militants were killed."), "Ali Hassan");
        assertThat(plain.title()).isEqualTo("spokesman");
        assertThat(plain.affiliation()).isEqualTo("the army");
        assertThat(plain.country()).isNull();
        Entity somali = named(read("Ali Hassan, a spokesman for the army, said 12 militants were killed. "
                + "The Somali army retook the town on Sunday."), "Ali Hassan");
        assertThat(somali.affiliation()).isEqualTo("Somali army");
        assertThat(somali.country()).isEqualTo("SO");
        Entity two = named(read("Ali Hassan, a spokesman for the army, said the Israeli army and the Lebanese army had met."),
                "Ali Hassan");
        assertThat(two.affiliation()).isEqualTo("the army");
        assertThat(two.country()).isNull();
    }

    @Test
    void aTitleInAnAppositionBeforeTheNameGivesItsAffiliation() {
        Entity colonel = named(read("A spokesman for the army, Colonel Abdullahi Ali, told reporters the Somali army had "
                + "retaken the town."), "Abdullahi Ali");
        assertThat(colonel.title()).isEqualTo("Colonel");
        assertThat(colonel.affiliation()).isEqualTo("Somali army");
        assertThat(colonel.country()).isEqualTo("SO");
        Entity leader = named(read("Burkina Faso's leader, Captain Ibrahim Traore, said the junta would stay."), "Ibrahim Traore");
        assertThat(leader.affiliation()).isEqualTo("Burkina Faso");
        assertThat(leader.country()).isEqualTo("BF");
        Entity speaker = named(read("Speaking to the minister, Ahmed Ali said the road was closed."), "Ahmed Ali");
        assertThat(speaker.title()).isNull();
    }

    @Test
    void titlesOfAnOrganisationBeforeAName() {
        List<Entity> es = read("WFP country director Mary-Ellen McGroarty said food stocks were running out. "
                + "The European Union's foreign policy chief Kaja Kallas said the bloc would respond.");
        Entity director = named(es, "Mary-Ellen McGroarty");
        assertThat(director.title()).isEqualTo("country director");
        assertThat(director.affiliation()).isEqualTo("WFP");
        Entity kallas = named(es, "Kaja Kallas");
        assertThat(kallas.title()).isEqualTo("foreign policy chief");
        assertThat(kallas.affiliation()).isEqualTo("European Union");
    }
}

package org.sitrep.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.model.BodyText;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/** Titles, affiliations, types and coreference on news sentences written in the forms news uses. */
class EntityAnnotatorTest {

    /** Reads the entities of {@code text}, with the body starting {@code offset} characters into the input. */
    private static List<Entity> read(String text) {
        String prefix = "HEADLINE LINE\n\n";
        String input = prefix + text;
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(text, prefix.length()), input,
                CoreNlpAnalyzer.instance());
        List<Entity> entities = new EntityAnnotator().read(context);
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                assertThat(input.substring(m.start(), m.end())).as("mention of %s", e.name()).isEqualTo(m.text());
            }
        }
        return entities;
    }

    private static Entity named(List<Entity> entities, String name) {
        Optional<Entity> e = entities.stream().filter(x -> x.name().equals(name) || x.aliases().contains(name)).findFirst();
        assertThat(e).as("entity %s among %s", name, entities.stream().map(Entity::name).toList()).isPresent();
        return e.get();
    }

    @Test
    void aNameOnlyWrittenInCapitalsIsNamedAsRunningTextWritesIt() {
        assertThat(EntityAnnotator.unshouted("SYDNEY")).isEqualTo("Sydney");
        assertThat(EntityAnnotator.unshouted("AL-AIN")).isEqualTo("Al-Ain");
        assertThat(EntityAnnotator.unshouted("UNITED NATIONS")).isEqualTo("United Nations");
        assertThat(EntityAnnotator.unshouted("KCNA")).isEqualTo("KCNA");
        assertThat(EntityAnnotator.unshouted("UN SECURITY COUNCIL")).isEqualTo("UN Security Council");
        assertThat(EntityAnnotator.unshouted("Kim Jong Un")).isEqualTo("Kim Jong Un");
    }

    @Test
    void demonymTitleBeforeName() {
        List<Entity> es = read("Japanese Foreign Minister Takeshi Iwaya met his counterpart in Tokyo on Monday.");
        Entity p = named(es, "Takeshi Iwaya");
        assertThat(p.type()).isEqualTo("PERSON");
        assertThat(p.title()).isEqualTo("Foreign Minister");
        assertThat(p.affiliation()).isEqualTo("Japan");
        assertThat(p.country()).isEqualTo("JP");
        assertThat(named(es, "Japanese").type()).isEqualTo("NORP");
    }

    @Test
    void possessiveCountryBeforeTitle() {
        Entity p = named(read("Germany's Defense Minister Boris Pistorius arrived in Vilnius late on Tuesday."), "Boris Pistorius");
        assertThat(p.title()).isEqualTo("Defense Minister");
        assertThat(p.affiliation()).isEqualTo("Germany");
        assertThat(p.country()).isEqualTo("DE");
    }

    @Test
    void aCountrysOfficialNameKeepsItsPossessive() {
        List<Entity> es = read("Officials of the People's Republic of China said on Monday that talks would resume.");
        Entity china = named(es, "People's Republic of China");
        assertThat(china.type()).isEqualTo("GPE");
        assertThat(china.country()).isEqualTo("CN");
        assertThat(es).noneMatch(e -> e.name().equals("People") || e.name().equals("Republic of China"));
    }

    @Test
    void aPlacesNameNamingADiseaseIsNoPlace() {
        List<Entity> es = read("Health officials confirmed three cases of West Nile virus in Texas on Monday.");
        assertThat(named(es, "West Nile").type()).isEqualTo("OTHER");
        assertThat(named(es, "Texas").type()).isEqualTo("GPE");
        List<Entity> salmonella = read("Inspectors found no trace of Salmonella on the tomatoes shipped from Texas.");
        assertThat(salmonella).noneMatch(e -> e.name().equals("Salmonella") && !"OTHER".equals(e.type()));
        assertThat(named(salmonella, "Texas").type()).isEqualTo("GPE");
    }

    @Test
    void titleNeverLeaksIntoTheName() {
        List<Entity> es = read("President Emmanuel Macron said France would send more aid. Macron spoke after the meeting.");
        Entity p = named(es, "Emmanuel Macron");
        assertThat(p.title()).isEqualTo("President");
        assertThat(p.aliases()).contains("Macron");
        assertThat(es).noneMatch(e -> e.name().startsWith("President"));
    }

    @Test
    void organisationBeforeTitle() {
        Entity p = named(read("State Department spokesman Matthew Miller said the talks would continue next week."), "Matthew Miller");
        assertThat(p.title()).isEqualTo("spokesman");
        assertThat(p.affiliation()).isEqualTo("State Department");
    }

    @Test
    void appositiveWithPossessiveOrganisation() {
        Entity p = named(read("Ahmad Rahimi, deputy spokesperson of Iran's Foreign Ministry, told reporters on Sunday that the talks had failed."),
                "Ahmad Rahimi");
        assertThat(p.title()).isEqualTo("deputy spokesperson");
        assertThat(p.affiliation()).isEqualTo("Foreign Ministry");
        assertThat(p.country()).isEqualTo("IR");
    }

    @Test
    void appositiveForACountrysOffice() {
        Entity p = named(read("Maria Lopez, spokeswoman for Mexico's president, said the border would stay open."), "Maria Lopez");
        assertThat(p.title()).isEqualTo("spokeswoman");
        assertThat(p.affiliation()).isEqualTo("Mexico");
        assertThat(p.country()).isEqualTo("MX");
    }

    @Test
    void describingAdjectiveStaysOutOfTheTitle() {
        List<Entity> es = read("The ceasefire is fragile, according to Fatima Noor, a political analyst based in Lahore. "
                + "\u201cNobody trusts the other side,\u201d Noor said.");
        Entity p = named(es, "Fatima Noor");
        assertThat(p.title()).isEqualTo("analyst");
        assertThat(p.aliases()).contains("Noor");
    }

    @Test
    void delegationLedByGivesTheCountry() {
        Entity p = named(read("Officials held talks on Friday with a Ukrainian delegation headed by Defense Minister Rustem Umerov."),
                "Rustem Umerov");
        assertThat(p.title()).isEqualTo("Defense Minister");
        assertThat(p.country()).isEqualTo("UA");
    }

    @Test
    void definiteTitleRefersToTheOnePersonHoldingIt() {
        List<Entity> es = read("Indian Foreign Minister Subrahmanyam Jaishankar arrived in Moscow on Monday. "
                + "The minister will meet Russian officials.");
        Entity p = named(es, "Subrahmanyam Jaishankar");
        assertThat(p.mentions()).extracting(Span::text).contains("The minister");
        assertThat(p.aliases()).doesNotContain("The minister");
    }

    @Test
    void acronymJoinsItsExpansion() {
        List<Entity> es = read("The International Atomic Energy Agency said on Monday that inspectors had left. "
                + "The IAEA did not say when they would return.");
        Entity org = named(es, "International Atomic Energy Agency");
        assertThat(org.type()).isEqualTo("ORGANIZATION");
        assertThat(org.aliases()).contains("IAEA");
    }

    @Test
    void headNounsTypeNamesCoreNlpMisses() {
        List<Entity> es = read("Trucks queued at the Torkham Gate while the Indus River flooded villages, "
                + "and Sudan's National Security Council met in Port Sudan.");
        assertThat(named(es, "Torkham Gate").type()).isEqualTo("FACILITY");
        assertThat(named(es, "Indus River").type()).isEqualTo("LOCATION");
        Entity council = named(es, "National Security Council");
        assertThat(council.type()).isEqualTo("ORGANIZATION");
        assertThat(council.country()).isEqualTo("SD");
    }

    @Test
    void countriesByAnyNameAreOneEntity() {
        List<Entity> es = read("The United States and Canada signed the deal. US officials said more would follow.");
        Entity us = named(es, "United States");
        assertThat(us.type()).isEqualTo("GPE");
        assertThat(us.country()).isEqualTo("US");
        assertThat(us.aliases()).contains("US");
    }

    @Test
    void shortNameJoinsTheNearestFullName() {
        List<Entity> es = read("Kim Yo Jong criticised the drills. Her brother Kim Jong Un inspected a missile launch on Friday. "
                + "Kim said the tests would continue.");
        Entity brother = named(es, "Kim Jong Un");
        Entity sister = named(es, "Kim Yo Jong");
        assertThat(brother.aliases()).contains("Kim");
        assertThat(sister.aliases()).doesNotContain("Kim");
    }

    @Test
    void sharedDemonymMeansTheCountryOfTheSameStem() {
        Entity american = named(read("American officials met Mexican diplomats in Washington on Thursday."), "American");
        assertThat(american.type()).isEqualTo("NORP");
        assertThat(american.country()).isEqualTo("US");
    }

    @Test
    void possessiveInsideAnOrganisationNameStaysInTheName() {
        List<Entity> es = read("Ri Yong Gil, chief of the Korean People's Army's General Staff, attended the parade.");
        Entity p = named(es, "Ri Yong Gil");
        assertThat(p.title()).isEqualTo("chief");
        assertThat(p.affiliation()).startsWith("Korean People's Army");
    }

    @Test
    void organisationInsideAnAppositiveTitle() {
        Entity p = named(read("Jens Stoltenberg, NATO Secretary-General, said the alliance would respond."), "Jens Stoltenberg");
        assertThat(p.title()).isEqualTo("Secretary-General");
        assertThat(p.affiliation()).isEqualTo("NATO");
    }
}

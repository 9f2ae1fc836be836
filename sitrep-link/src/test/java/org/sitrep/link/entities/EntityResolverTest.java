package org.sitrep.link.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    private static ArticleEntity entity(EntityKind kind, String country, String... names) {
        return new ArticleEntity("e1", kind, names[0], List.of(names), country, null);
    }

    private static EntityCandidate candidate(long id, EntityKind kind, String country, int articles, String... names) {
        return new EntityCandidate(id, kind, names[0], Set.of(names), country, null, articles);
    }

    @Test
    void aSurnameAloneIsThePersonWhenOnlyOneFullNameHasIt() {
        EntityCandidate yoon = candidate(1, EntityKind.PERSON, "KR", 3, "Yoon Suk Yeol", "Yoon");
        EntityCandidate rutte = candidate(2, EntityKind.PERSON, null, 1, "Mark Rutte");

        assertThat(resolver.resolve(entity(EntityKind.PERSON, "KR", "Yoon"), List.of(yoon, rutte))).contains(yoon);
        assertThat(resolver.resolve(entity(EntityKind.PERSON, null, "Yoon Suk Yeol"), List.of(yoon, rutte))).contains(yoon);
        assertThat(resolver.resolve(entity(EntityKind.PERSON, null, "Yoon Suk-yeol"), List.of(yoon))).contains(yoon);
    }

    @Test
    void distinctPeopleWhoShareASurnameStayApart() {
        EntityCandidate jongUn = candidate(1, EntityKind.PERSON, "KP", 5, "Kim Jong Un", "Kim");
        EntityCandidate yoJong = candidate(2, EntityKind.PERSON, "KP", 2, "Kim Yo Jong");

        assertThat(resolver.resolve(entity(EntityKind.PERSON, "KP", "Kim Yo Jong"), List.of(jongUn, yoJong))).contains(yoJong);
        assertThat(resolver.resolve(entity(EntityKind.PERSON, "KP", "Kim Jong Un"), List.of(jongUn, yoJong))).contains(jongUn);
        // "Kim" alone could be either: a new entity rather than a guess
        assertThat(resolver.resolve(entity(EntityKind.PERSON, "KP", "Kim"), List.of(jongUn, yoJong))).isEmpty();
        // another country's Yoon is not South Korea's president
        EntityCandidate yoon = candidate(3, EntityKind.PERSON, "KR", 1, "Yoon Suk Yeol");
        assertThat(resolver.resolve(entity(EntityKind.PERSON, "US", "Yoon"), List.of(yoon))).isEmpty();
    }

    @Test
    void aFullNameIsThePersonWithOrWithoutMiddleInitials() {
        EntityCandidate chohan = candidate(1, EntityKind.PERSON, null, 2, "Raj Chohan");
        EntityCandidate initialled = candidate(2, EntityKind.PERSON, "US", 4, "George W. Bush");

        assertThat(resolver.resolve(entity(EntityKind.PERSON, null, "Raj K. Chohan"), List.of(chohan))).contains(chohan);
        assertThat(resolver.resolve(entity(EntityKind.PERSON, "US", "George Bush"), List.of(initialled)))
                .contains(initialled);
        // two names that both give initials must give the same ones: the son is not the father
        assertThat(resolver.resolve(entity(EntityKind.PERSON, "US", "George H. W. Bush"), List.of(initialled))).isEmpty();
    }

    @Test
    void anAcronymIsTheNameItAbbreviates() {
        EntityCandidate kcna = candidate(1, EntityKind.ORGANIZATION, null, 1, "Korean Central News Agency");

        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, null, "KCNA"), List.of(kcna))).contains(kcna);
        EntityCandidate written = candidate(2, EntityKind.ORGANIZATION, null, 1, "KCNA");
        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, null, "Korean Central News Agency"), List.of(written)))
                .contains(written);
        // two written-out names with the same initials are not the same body
        EntityCandidate nis = candidate(3, EntityKind.ORGANIZATION, "KR", 1, "National Intelligence Service");
        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, "KR", "National Investigation Service"), List.of(nis)))
                .isEmpty();
    }

    @Test
    void aDemonymInFrontIsTheSameBodyOfThatCountryOnly() {
        EntityCandidate taliban = candidate(1, EntityKind.ORGANIZATION, "AF", 2, "Taliban");

        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, "AF", "Afghan Taliban"), List.of(taliban))).contains(taliban);
        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, null, "Pakistani Taliban"), List.of(taliban))).isEmpty();
    }

    @Test
    void aSelfDesignationFromTheLexiconIsTheSameBody() {
        EntityCandidate taliban = candidate(1, EntityKind.ORGANIZATION, "AF", 2, "the Taliban");

        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, null, "Islamic Emirate"), List.of(taliban))).contains(taliban);
        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, null, "Ansar Allah"), List.of(taliban))).isEmpty();
    }

    @Test
    void kindsAndGazetteerPlacesDecide() {
        EntityCandidate georgiaCountry = new EntityCandidate(1, EntityKind.PLACE, "Georgia", Set.of("Georgia"), "GE", 614540L, 1);
        EntityCandidate georgiaState = new EntityCandidate(2, EntityKind.PLACE, "Georgia", Set.of("Georgia"), "US", 4197000L, 1);
        ArticleEntity state = new ArticleEntity("e1", EntityKind.PLACE, "Georgia", List.of("Georgia"), "US", 4197000L);

        assertThat(resolver.resolve(state, List.of(georgiaCountry, georgiaState))).contains(georgiaState);
        EntityCandidate person = candidate(3, EntityKind.PERSON, null, 4, "Georgia");
        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, null, "Georgia"), List.of(person))).isEmpty();
    }

    @Test
    void ofSeveralMatchesTheMostNamedWins() {
        EntityCandidate small = candidate(1, EntityKind.ORGANIZATION, null, 1, "NATO");
        EntityCandidate big = candidate(2, EntityKind.ORGANIZATION, null, 9, "North Atlantic Treaty Organization");

        assertThat(resolver.resolve(entity(EntityKind.ORGANIZATION, null, "NATO"), List.of(small, big))).contains(big);
    }

    @Test
    void keysFindTheCandidates() {
        Set<String> written = EntityKeys.of(EntityKind.ORGANIZATION, List.of("KCNA"), null);
        Set<String> full = EntityKeys.of(EntityKind.ORGANIZATION, List.of("Korean Central News Agency"), null);
        assertThat(written).containsAnyElementsOf(full);
        assertThat(EntityKeys.of(EntityKind.ORGANIZATION, List.of("Afghan Taliban"), null))
                .containsAnyElementsOf(EntityKeys.of(EntityKind.ORGANIZATION, List.of("Taliban"), null));
        assertThat(EntityKeys.of(EntityKind.PERSON, List.of("Yoon"), null))
                .containsAnyElementsOf(EntityKeys.of(EntityKind.PERSON, List.of("Yoon Suk Yeol"), null));
        assertThat(EntityKeys.of(EntityKind.PLACE, List.of("Seoul"), 1835848L)).containsExactly("geo:1835848");
    }
}

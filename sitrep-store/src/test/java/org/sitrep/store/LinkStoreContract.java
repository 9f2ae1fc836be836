package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.DateValue;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Ref;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/** Linking across articles, stored: what every database must do; run once per database by the subclasses. */
abstract class LinkStoreContract {

    static final Set<String> ALL = Set.of("clean", "entities", "time", "geo", "quotes", "events", "claims");
    static final Place SPIN_BOLDAK = new Place(1123906L, "Spin Boldak", "city", "AF", "Kandahar", 31.0056, 66.3998, null);
    static final Place KABUL = new Place(1138958L, "Kabul", "city", "AF", "Kabul", 34.5281, 69.1723, null);
    static final Place SEOUL = new Place(1835848L, "Seoul", "city", "KR", "Seoul", 37.566, 126.9784, null);

    static final String WIRE = "Afghan and Pakistani forces clashed overnight near the Spin Boldak crossing, killing five"
            + " civilians, a Taliban spokesman said on Friday, in the latest violence since a truce brokered in October"
            + " by Qatar and Turkey collapsed along the border.";

    ArticleStore store;
    String url;

    abstract String emptyDatabase();

    @BeforeEach
    void openStore() {
        url = emptyDatabase();
        store = JdbiArticleStore.open(url);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private static Entity entity(String id, String type, String name, List<String> aliases, String title, String country,
                                 Place place) {
        return new Entity(id, type, name, aliases, title, null, country, place, List.of(new Span(0, name.length(), name)));
    }

    private static Article article(String id, String title, String published, String body, List<Entity> entities,
                                   List<Event> events, List<Claim> claims) {
        return Article.builder().id(id).source(new Source("in/" + id + ".txt", "https://" + id + ".example/a", null, "text"))
                .span(new Span(0, 1000)).title(title).published(published == null ? null : new Published(published, "day", published))
                .language("en").body(body).bodySpan(new Span(100, 100 + body.length()))
                .entities(entities).events(events).claims(claims).build();
    }

    private static Event clash(String place, Place where, String date, Integer killed, String according) {
        Span evidence = new Span(100, 140, "Forces clashed near " + place + ".");
        return new Event("ev1", "ASSAULT", "armed clash", List.of(new Participant("Afghan forces", "e1", "AF", "military")),
                List.of(new Participant("Pakistani forces", "e2", "PK", "military")), where, 1,
                date == null ? null : new DateValue(date, "day"), List.of(), killed, null, "asserted",
                according == null ? null : new Ref(according, null), null, evidence, List.of(evidence), 0.8);
    }

    private static List<Entity> borderEntities() {
        return List.of(entity("e1", "NORP", "Afghan", List.of(), null, "AF", null),
                entity("e2", "NORP", "Pakistani", List.of(), null, "PK", null),
                entity("e3", "ORGANIZATION", "Taliban", List.of(), null, "AF", null),
                entity("e4", "GPE", "Spin Boldak", List.of(), null, "AF", SPIN_BOLDAK));
    }

    private static Claim killed(long value, String according, String asOf) {
        return new Claim("civilians killed", value, "civilians", false, new Ref(according, null),
                new DateValue(asOf, "day"), new Span(100, 140, "They said " + value + " civilians were killed."));
    }

    /** Stores one article as the input of its own and links it, as {@code sitrep ingest} does. */
    private void ingest(Article a, String text) {
        store.save(new RawInput(a.id() + ".txt", "text", null, null, null, (a.id() + a.body()).getBytes(StandardCharsets.UTF_8)),
                ALL, List.of(a));
        assertThat(store.links().link(a.id(), text)).isTrue();
    }

    private Article first() {
        return article("a1", "Deadly clashes at Spin Boldak", "2025-12-06", WIRE, borderEntities(),
                List.of(clash("Spin Boldak", SPIN_BOLDAK, "2025-12-05", 5, "Hamdullah Fitrat")),
                List.of(killed(5, "Hamdullah Fitrat", "2025-12-05")));
    }

    private Article otherSource() {
        return article("a2", "Pakistan says seven killed in border fighting", "2025-12-06",
                "Seven people died when fighting broke out at the crossing near Spin Boldak, Pakistani officials told"
                        + " reporters, blaming the Taliban for firing first late on Thursday night.",
                borderEntities(), List.of(clash("Spin Boldak", SPIN_BOLDAK, null, 7, "ISPR")),
                List.of(killed(7, "ISPR", "2025-12-06")));
    }

    private Article syndicatedCopy() {
        return article("a3", "Afghan, Pakistani forces clash", "2025-12-06", "KABUL (Reuters) - " + WIRE + " Editing by the desk.",
                borderEntities(), List.of(clash("Spin Boldak", SPIN_BOLDAK, "2025-12-05", 5, "Hamdullah Fitrat")), List.of());
    }

    private Article korea() {
        return article("k1", "Yoon calls cabinet meeting", "2025-12-04",
                "South Korean President Yoon Suk Yeol met his cabinet in Seoul on Tuesday to discuss the North.",
                List.of(entity("e1", "PERSON", "Yoon Suk Yeol", List.of("Yoon"), "President", "KR", null),
                        entity("e2", "GPE", "Seoul", List.of(), null, "KR", SEOUL),
                        entity("e3", "PERSON", "Kim Jong Un", List.of(), "leader", "KP", null),
                        entity("e4", "ORGANIZATION", "Korean Central News Agency", List.of(), null, null, null)),
                List.of(), List.of());
    }

    private Article koreaLater() {
        return article("k2", "KCNA reports talks", "2025-12-09",
                "KCNA said Kim Yo Jong criticised Yoon. Kim also warned Seoul.",
                List.of(entity("e1", "PERSON", "Yoon", List.of(), "President", "KR", null),
                        entity("e2", "GPE", "SEOUL", List.of(), null, "KR", SEOUL),
                        entity("e3", "PERSON", "Kim Yo Jong", List.of(), null, "KP", null),
                        entity("e4", "PERSON", "Kim", List.of(), null, "KP", null),
                        entity("e5", "ORGANIZATION", "KCNA", List.of(), null, null, null)),
                List.of(), List.of());
    }

    private LinkedEntity named(String name) {
        List<LinkedEntity> found = store.links().entities(new EntityQuery(null, null, null, null, null, 0, 0)).stream()
                .filter(e -> e.name().equals(name) || e.aliases().contains(name)).toList();
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    @Test
    void theSameEntityInTwoArticlesIsOneWithAllItsNamesAndTitles() {
        ingest(korea(), null);
        ingest(koreaLater(), null);

        LinkedEntity yoon = named("Yoon Suk Yeol");
        assertThat(yoon.aliases()).contains("Yoon");
        assertThat(yoon.articleIds()).containsExactly("k1", "k2");
        assertThat(yoon.titles()).extracting(LinkedEntity.TitleAsOf::articleId).containsExactly("k1", "k2");
        assertThat(named("Korean Central News Agency").aliases()).contains("KCNA");
        assertThat(named("Seoul").articleIds()).hasSize(2);
        assertThat(named("Seoul").aliases()).contains("SEOUL");
        // people sharing a surname stay apart, and "Kim" alone is linked to neither
        assertThat(named("Kim Jong Un").articleIds()).containsExactly("k1");
        assertThat(named("Kim Yo Jong").articleIds()).containsExactly("k2");
        assertThat(named("Kim").articleIds()).containsExactly("k2");
        assertThat(store.links().entities(new EntityQuery("PERSON", null, "KR", null, null, 0, 0)))
                .extracting(LinkedEntity::name).containsExactly("Yoon Suk Yeol");
    }

    @Test
    void namesFoundInTheTextLinkTheSelfDesignation() {
        String text = "Australia hits Afghan Taliban officials. \"The forces of the Islamic Emirate had to respond.\"";
        int at = text.indexOf("Taliban");
        Article a = article("t1", "Australia hits Afghan Taliban officials", null, text,
                List.of(new Entity("e1", "ORGANIZATION", "Taliban", List.of(), null, null, "AF", null,
                        List.of(new Span(at, at + 7, "Taliban")))), List.of(), List.of());
        ingest(a, text);
        ingest(article("t2", "Islamic Emirate rejects sanctions", null, "The Islamic Emirate rejected the sanctions.",
                List.of(entity("e1", "ORGANIZATION", "Islamic Emirate", List.of(), null, null, null)), List.of(), List.of()), null);

        LinkedEntity taliban = named("Taliban");
        assertThat(taliban.aliases()).contains("Afghan Taliban", "Islamic Emirate");
        assertThat(taliban.articleIds()).containsExactly("t1", "t2");
        LinkedEntity.Mention variant = taliban.mentions().stream().filter(m -> m.text().equals("Afghan Taliban")).findFirst()
                .orElseThrow();
        assertThat(text.substring(variant.start(), variant.end())).isEqualTo("Afghan Taliban");
    }

    @Test
    void reportsOfOneEventAreOneEventWithEverySourceAndTheirOwnFigures() {
        ingest(first(), null);
        ingest(otherSource(), null);
        ingest(syndicatedCopy(), null);
        ingest(article("a4", "Clash in Kabul", "2025-12-06", "Fighting in Kabul.", borderEntities(),
                List.of(clash("Kabul", KABUL, "2025-12-05", 2, null)), List.of()), null);

        List<LinkedEvent> events = store.links().linkedEvents(LinkedEventQuery.all());
        assertThat(events).hasSize(2);
        LinkedEvent spinBoldak = events.stream().filter(e -> e.place().name().equals("Spin Boldak")).findFirst().orElseThrow();
        assertThat(spinBoldak.reports()).extracting(r -> r.event().articleId()).containsExactlyInAnyOrder("a1", "a2", "a3");
        // the copy is no source of its own; the figures stay as each source gave them
        assertThat(spinBoldak.sourceCount()).isEqualTo(2);
        assertThat(spinBoldak.reports()).extracting(r -> r.event().event().killed()).containsExactlyInAnyOrder(5, 7, 5);
        assertThat(spinBoldak.reports()).filteredOn(r -> r.event().articleId().equals("a3"))
                .extracting(LinkedEvent.Report::copyOf).containsExactly("a1");
        assertThat(spinBoldak.dateFrom()).isEqualTo("2025-12-05");
        assertThat(spinBoldak.dated()).isTrue();

        assertThat(store.links().linkedEvents(new LinkedEventQuery(null, null, null, null, null, null,
                Area.near(31.0, 66.4, 20), null, 0, 0))).extracting(LinkedEvent::id).containsExactly(spinBoldak.id());
        assertThat(store.links().linkedEvents(new LinkedEventQuery(null, null, null, null, null, null,
                Area.box(68, 34, 70, 35), null, 0, 0))).extracting(e -> e.place().name()).containsExactly("Kabul");
        assertThat(store.links().linkedEvents(new LinkedEventQuery(null, null, null, null, null, "taliban", null, "a2.example",
                0, 0))).isEmpty(); // the clash's actors are Afghan and Pakistani forces
        assertThat(store.links().linkedEvents(new LinkedEventQuery("2025-12-06", null, null, null, null, "afghan", null,
                "a2.example", 0, 0))).isEmpty();
        assertThat(store.links().linkedEvents(new LinkedEventQuery("2025-12-05", "2025-12-05", "ASSAULT", null, "PK", "afghan",
                null, "a2.example", 0, 0))).extracting(LinkedEvent::id).containsExactly(spinBoldak.id());

        // a story's events are those its articles report; an entity's, those it takes part in
        List<Story> stories = store.links().stories(StoryQuery.all());
        assertThat(stories).isNotEmpty();
        for (Story story : stories) {
            java.util.Set<String> articles = new java.util.HashSet<>();
            story.articles().forEach(a -> articles.add(a.id()));
            assertThat(store.links().linkedEvents(LinkedEventQuery.all().ofStory(story.id()))).extracting(LinkedEvent::id)
                    .containsExactlyInAnyOrderElementsOf(events.stream().filter(e -> e.reports().stream()
                            .anyMatch(r -> articles.contains(r.event().articleId()))).map(LinkedEvent::id).toList());
        }
        int withEvents = 0;
        for (LinkedEntity entity : store.links().entities(EntityQuery.all())) {
            List<Long> taking = store.links().eventsOfEntity(entity.id(), 100).stream().map(LinkedEvent::id).toList();
            withEvents += taking.isEmpty() ? 0 : 1;
            assertThat(store.links().linkedEvents(LinkedEventQuery.all().withParticipant(entity.id())))
                    .extracting(LinkedEvent::id).containsExactlyInAnyOrderElementsOf(taking);
        }
        assertThat(withEvents).isPositive();
        assertThat(store.links().linkedEvents(new LinkedEventQuery("2025-12-06", null, null, null, null, null, null, null, 0, 0)
                .ofStory(stories.get(0).id()))).allMatch(e -> e.dateTo().compareTo("2025-12-06") >= 0);
    }

    @Test
    void articlesFormStoriesAndClaimsFormSeriesInThem() {
        ingest(first(), null);
        ingest(korea(), null);
        ingest(otherSource(), null);
        ingest(koreaLater(), null);

        List<Story> stories = store.links().stories(StoryQuery.all());
        assertThat(stories).hasSize(2);
        assertThat(stories).extracting(s -> s.articles().stream().map(Story.StoryArticle::id).sorted().toList())
                .containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("k1", "k2"));
        Story border = stories.stream().filter(s -> s.articles().size() == 2 && s.articles().get(0).id().startsWith("a"))
                .findFirst().orElseThrow();
        assertThat(border.title()).isIn("Deadly clashes at Spin Boldak", "Pakistan says seven killed in border fighting");
        assertThat(border.mainActors()).contains("Taliban");
        assertThat(border.mainPlaces()).containsExactly("Spin Boldak");
        assertThat(border.timeline()).extracting(Story.TimelineEntry::type).containsExactly("ASSAULT");
        assertThat(border.timeline().get(0).sources()).isEqualTo(2);
        assertThat(store.links().stories(new StoryQuery("yoon", null, null, null, null, 0, 0)))
                .extracting(s -> s.articles().size()).containsExactly(2);
        assertThat(store.links().stories(new StoryQuery(null, "AF", null, null, null, 0, 0))).hasSize(1);
        assertThat(store.links().stories(new StoryQuery(null, null, Area.near(37.5, 127.0, 30), null, null, 0, 0)))
                .extracting(Story::id).doesNotContain(border.id()).hasSize(1);
        assertThat(store.links().stories(new StoryQuery(null, null, null, "2025-12-07", null, 0, 0))).hasSize(1);
        // the title filter: every text in one title, the story's or an article's, any case; LIKE's wildcards are text
        assertThat(store.links().stories(StoryQuery.all().withTitleContaining(List.of("SPIN", "boldak", "clash"))))
                .extracting(Story::id).containsExactly(border.id());
        assertThat(store.links().stories(StoryQuery.all().withTitleContaining(List.of("pakistan", "border"))))
                .extracting(Story::id).containsExactly(border.id());
        assertThat(store.links().stories(StoryQuery.all().withTitleContaining(List.of("pakistan", "boldak")))).isEmpty();
        assertThat(store.links().stories(StoryQuery.all().withTitleContaining(List.of("spin%")))).isEmpty();
        assertThat(store.links().stories(StoryQuery.all().withTitleContaining(List.of(" ")))).hasSize(2);

        List<ClaimSeries> series = store.links().claimSeries(ClaimQuery.all());
        assertThat(series).hasSize(1);
        assertThat(series.get(0).points()).extracting(p -> p.claim().value()).containsExactly(5L, 7L);
        assertThat(series.get(0).points()).extracting(p -> p.claim().accordingTo().name()).containsExactly("Hamdullah Fitrat", "ISPR");
    }

    @Test
    void linkingIsIncrementalAndAFullerReadingIsLinkedAgain() {
        Article a = first();
        store.save(new RawInput("a.txt", "text", null, null, null, "raw".getBytes(StandardCharsets.UTF_8)), Set.of("clean"),
                List.of(a.toBuilder().entities(List.of()).events(List.of()).claims(List.of()).build()));
        assertThat(store.links().unlinked(10)).containsExactly("a1");
        assertThat(store.links().link("a1", null)).isTrue();
        assertThat(store.links().link("a1", null)).isFalse();
        assertThat(store.links().link("no-such-article", null)).isFalse();
        assertThat(store.links().unlinked(10)).isEmpty();

        store.save(new RawInput("a.txt", "text", null, null, null, "raw".getBytes(StandardCharsets.UTF_8)), ALL, List.of(a));
        assertThat(store.links().unlinked(10)).containsExactly("a1");
        assertThat(store.links().link("a1", null)).isTrue();
        assertThat(named("Taliban").articleIds()).containsExactly("a1");
        assertThat(store.links().linkedEvents(LinkedEventQuery.all())).hasSize(1);
        assertThat(store.links().stories(StoryQuery.all())).hasSize(1);
    }

    @Test
    void theCountsLinkingReadsFollowArticlesLinkedAndLinkedAgain() {
        ingest(first(), WIRE);
        Article other = otherSource();
        store.save(new RawInput("a2.txt", "text", null, null, null, "a2".getBytes(StandardCharsets.UTF_8)),
                Set.of("clean", "entities"), List.of(other.toBuilder().events(List.of()).claims(List.of()).build()));
        assertThat(store.links().link("a2", other.body())).isTrue();
        assertCountsAreTheLinks();
        // a fuller reading forgets the article's links (taking back its counts) and is linked again
        store.save(new RawInput("a2.txt", "text", null, null, null, "a2".getBytes(StandardCharsets.UTF_8)), ALL, List.of(other));
        assertCountsAreTheLinks();
        assertThat(store.links().link("a2", other.body())).isTrue();
        assertCountsAreTheLinks();
        assertThat(named("Taliban").articleIds()).containsExactlyInAnyOrder("a1", "a2");
    }

    /** Each linked entity's article count and distinct names (V7) are what its entity_links and linked_names hold. */
    private void assertCountsAreTheLinks() {
        org.jdbi.v3.core.Jdbi jdbi = org.jdbi.v3.core.Jdbi.create(StoreUrls.durable(url));
        jdbi.useHandle(h -> {
            assertThat(h.createQuery("SELECT COUNT(*) FROM linked_entities le WHERE le.article_count <>"
                    + " (SELECT COUNT(DISTINCT el.article_id) FROM entity_links el WHERE el.linked_entity_id = le.id)")
                    .mapTo(Integer.class).one()).isZero();
            assertThat(h.createQuery("SELECT linked_entity_id, name, uses FROM linked_entity_names ORDER BY 1, 2")
                    .map((rs, ctx) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getInt(3)).list())
                    .isEqualTo(h.createQuery("SELECT linked_entity_id, name, COUNT(*) FROM linked_names GROUP BY linked_entity_id,"
                            + " name ORDER BY 1, 2").map((rs, ctx) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getInt(3))
                            .list());
            assertThat(h.createQuery("SELECT SUM(article_count) FROM linked_entities").mapTo(Integer.class).one()).isPositive();
            // each story's kept profile (V10): its entities' summed weights, its articles' count and first and last keys
            assertThat(h.createQuery("SELECT story_id, linked_entity_id, ROUND(weight * 1000) FROM story_entities ORDER BY 1, 2")
                    .map((rs, ctx) -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list())
                    .isNotEmpty()
                    .isEqualTo(h.createQuery("SELECT sa.story_id, el.linked_entity_id, ROUND(SUM(el.weight) * 1000) FROM entity_links el"
                            + " JOIN story_articles sa ON sa.article_id = el.article_id GROUP BY sa.story_id, el.linked_entity_id"
                            + " ORDER BY 1, 2").map((rs, ctx) -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list());
            String members = " FROM story_articles sa JOIN linked_articles la ON la.article_id = sa.article_id WHERE sa.story_id = s.id";
            assertThat(h.createQuery("SELECT id, article_count, first_key, last_key FROM stories s ORDER BY id")
                    .map((rs, ctx) -> rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4)).list())
                    .isEqualTo(h.createQuery("SELECT s.id, (SELECT COUNT(*)" + members + "), (SELECT MIN(la.date_key)" + members
                            + "), (SELECT MAX(la.date_key)" + members + ") FROM stories s ORDER BY s.id")
                            .map((rs, ctx) -> rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4)).list());
        });
    }
}

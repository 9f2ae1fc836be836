package org.sitrep.spark.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.link.events.DateRange;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.spark.ArticleSchema;
import org.sitrep.store.DateKeys;
import scala.Tuple2;

/**
 * The second Spark job: links the articles the first one wrote across one another, as {@code sitrep ingest} links
 * them one at a time, but block by block. Articles take ingest's order (publication date, undated last, then id);
 * entities are blocked by their lookup keys, stories by the rare entities articles share, events by type and actor,
 * each block linked in one task by the decision classes of sitrep-link. Writes linked entities, linked events (every
 * report kept), stories and claim series as Parquet and JSON Lines.
 */
public final class LinkJob {

    /** The counts the driver prints at the end. */
    public record Summary(long articles, long entities, long events, long stories, long claimSeries) {
        public String line() {
            return "sitrep-spark link: articles " + articles + ", linked entities " + entities + ", linked events " + events
                    + ", stories " + stories + ", claim series " + claimSeries;
        }
    }

    private final SparkSession spark;
    private final JavaSparkContext jsc;

    public LinkJob(SparkSession spark) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    /** Links the articles of the Parquet at {@code input} and writes the four outputs under {@code output}. */
    public Summary run(String input, String output, boolean overwrite) {
        JavaRDD<RankedArticle> articles = ranked(input).persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<EntityMention> mentions = articles.flatMap(a -> ArticleMentions.of(a.rank(), ArticleJson.fromJson(a.json()))
                .iterator()).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> entityBlocks = Components.labels(mentions.flatMapToPair(m -> m.keys().stream()
                .map(k -> new Tuple2<>(k, m.ref())).iterator()));
        JavaRDD<EntityBlockLinker.Result> entityResults = blocks(mentions.mapToPair(m -> new Tuple2<>(m.ref(), m)), entityBlocks)
                .map(b -> EntityBlockLinker.link(b._2())).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<EntityDecision> decisions = entityResults.flatMap(r -> r.decisions().iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Iterable<EntityDecision>> byArticle = decisions.mapToPair(d -> new Tuple2<>(d.rank(), d)).groupByKey();
        JavaPairRDD<Long, Tuple2<RankedArticle, Optional<Iterable<EntityDecision>>>> withLinks =
                articles.mapToPair(a -> new Tuple2<>(a.rank(), a)).leftOuterJoin(byArticle)
                        .persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<StoryBlockLinker.Result> storyResults = stories(withLinks.mapToPair(t -> new Tuple2<>(t._1(),
                storyInput(t._2()._1(), t._2()._2()))), decisions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, String> copies = storyResults.flatMap(r -> r.placements().iterator())
                .filter(p -> p.copyOf() != null).mapToPair(p -> new Tuple2<>(p.rank(), p.copyOf()));

        JavaRDD<EventMention> events = withLinks.leftOuterJoin(copies).flatMap(t -> eventMentions(t._2()._1()._1(),
                t._2()._1()._2(), t._2()._2().orElse(null)).iterator()).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> eventBlocks = Components.labels(events.flatMapToPair(e -> e.actors().stream()
                .map(actor -> new Tuple2<>(e.type() + "\t" + actor, e.ref())).iterator()));
        JavaRDD<LinkedEventRow> linkedEvents = blocks(events.mapToPair(e -> new Tuple2<>(e.ref(), e)), eventBlocks)
                .flatMap(b -> EventBlockLinker.link(b._2()).iterator());

        Map<String, Long> written = new HashMap<>();
        written.put("entities", write(entityResults.flatMap(r -> r.entities().iterator()), LinkedEntityRow.class, output,
                "entities", overwrite));
        written.put("events", write(linkedEvents, LinkedEventRow.class, output, "events", overwrite));
        written.put("stories", write(storyResults.flatMap(r -> r.stories().iterator()), StoryRow.class, output, "stories",
                overwrite));
        written.put("claim_series", write(storyResults.flatMap(r -> r.series().iterator()), ClaimSeriesRow.class, output,
                "claim_series", overwrite));
        return new Summary(articles.count(), written.get("entities"), written.get("events"), written.get("stories"),
                written.get("claim_series"));
    }

    /** The articles in ingest order: by publication date key (undated last), then id. */
    private JavaRDD<RankedArticle> ranked(String input) {
        JavaRDD<String> json = spark.read().schema(ArticleSchema.ARTICLE).parquet(input).javaRDD().map(ArticleSchema::json);
        return json.mapToPair(j -> new Tuple2<>(orderKey(ArticleJson.fromJson(j)), j)).sortByKey().values()
                .zipWithIndex().map(t -> new RankedArticle(t._2(), t._1()));
    }

    /** Publication date key, then id; undated after every dated one (the store's published_key, its NULLs last). */
    static String orderKey(Article a) {
        String key = a.published() == null ? null : DateKeys.key(a.published().value());
        return (key == null ? "\uffff" : key) + "\u0000" + a.id();
    }

    /** The items grouped by the block their node is in (a node without a label is a block of its own). */
    private static <T> JavaPairRDD<Long, Iterable<T>> blocks(JavaPairRDD<Long, T> byNode, JavaPairRDD<Long, Long> labels) {
        return byNode.leftOuterJoin(labels).mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1())).groupByKey();
    }

    private static StoryInput storyInput(RankedArticle r, Optional<Iterable<EntityDecision>> links) {
        Article a = ArticleJson.fromJson(r.json());
        List<EntityDecision> rows = new ArrayList<>();
        if (links.isPresent()) {
            links.get().forEach(rows::add);
        }
        rows.sort(java.util.Comparator.comparing(EntityDecision::entityId)); // any fixed order: weights are summed
        String published = a.published() == null ? null : a.published().value();
        String dateKey = DateKeys.key(published);
        if (dateKey == null && a.source() != null) {
            dateKey = retrievedDay(a.source().retrievedAt());
        }
        List<String> claims = a.claims().stream().map(ArticleJson::toJson).toList();
        return new StoryInput(r.rank(), a.id(), dateKey, a.title(), a.body(), published,
                a.source() == null ? null : a.source().url(), a.source() == null ? null : a.source().path(), rows, claims);
    }

    /** The day (UTC, as digits) an article was fetched: the store's date key for an article without a date. */
    static String retrievedDay(String retrievedAt) {
        if (retrievedAt == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(retrievedAt).toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate()
                    .toString().replace("-", "");
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Stories: articles are blocked through the entities rare for them (at most 500 links up to the article); the
     * timelines of entities named in more than one block are sent to every task, the others stay in their block.
     */
    private JavaRDD<StoryBlockLinker.Result> stories(JavaPairRDD<Long, StoryInput> inputs, JavaRDD<EntityDecision> decisions) {
        JavaPairRDD<Long, EntityTimeline> timelines = decisions.mapToPair(d -> new Tuple2<>(d.linkedId(), d.rank()))
                .groupByKey().mapValues(EntityTimeline::of).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Long> rareEdges = timelines.flatMapToPair(t -> {
            List<Tuple2<String, Long>> edges = new ArrayList<>();
            long[] articles = t._2().articleRanks();
            for (long rank : articles) {
                if (t._2().linksUpTo(rank) > StoryBlockLinker.MAX_LINKS_TO_FIND_BY) {
                    break;
                }
                edges.add(new Tuple2<>(Long.toString(t._1()), rank));
            }
            return edges.iterator();
        });
        JavaPairRDD<Long, Long> labels = Components.labels(rareEdges).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> blockOfArticle = inputs.keys().mapToPair(r -> new Tuple2<>(r, r)).leftOuterJoin(labels)
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().orElse(t._1())));
        JavaRDD<Long> spread = decisions.mapToPair(d -> new Tuple2<>(d.rank(), d.linkedId())).join(blockOfArticle)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).distinct()
                .mapToPair(t -> new Tuple2<>(t._1(), 1)).reduceByKey(Integer::sum).filter(t -> t._2() > 1).keys();
        Map<Long, EntityTimeline> shared = new HashMap<>(timelines.join(spread.mapToPair(e -> new Tuple2<>(e, true)))
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._1())).collectAsMap());
        Broadcast<Map<Long, EntityTimeline>> sharedTimelines = jsc.broadcast(shared);
        return blocks(inputs, labels).map(b -> StoryBlockLinker.link(b._2(), sharedTimelines.value()));
    }

    private static List<EventMention> eventMentions(RankedArticle r, Optional<Iterable<EntityDecision>> links, String copyOf) {
        Article a = ArticleJson.fromJson(r.json());
        Map<String, Long> linked = new HashMap<>();
        if (links.isPresent()) {
            links.get().forEach(d -> linked.put(d.entityId(), d.linkedId()));
        }
        String published = a.published() == null ? null : a.published().value();
        List<EventMention> out = new ArrayList<>();
        for (int i = 0; i < a.events().size() && i < EntityMention.MAX_PER_ARTICLE; i++) {
            Event e = a.events().get(i);
            if (e.type() == null) {
                continue;
            }
            DateRange when = DateRange.of(e.date(), published);
            boolean ownDate = e.date() != null && DateRange.parse(e.date().value()) != null;
            out.add(new EventMention(EntityMention.ref(r.rank(), i), r.rank(), a.id(), i, e.type(),
                    participants(e.actors(), linked), participants(e.targets(), linked),
                    e.place() == null ? null : ArticleJson.toJson(e.place()), e.geoPrecision(),
                    when == null ? null : when.from().toString(), when == null ? null : when.to().toString(), ownDate,
                    copyOf, ArticleJson.toJson(e)));
        }
        return out;
    }

    private static List<Long> participants(List<Participant> participants, Map<String, Long> linked) {
        java.util.LinkedHashSet<Long> out = new java.util.LinkedHashSet<>();
        for (Participant p : participants) {
            Long id = p.entity() == null ? null : linked.get(p.entity());
            if (id != null) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    /** Writes rows as Parquet ({@code DIR/NAME}) and JSON Lines ({@code DIR/NAME.jsonl}); returns how many. */
    private <T> long write(JavaRDD<T> rows, Class<T> type, String output, String name, boolean overwrite) {
        JavaRDD<String> json = rows.map(LinkOutputs::json).persist(StorageLevel.MEMORY_AND_DISK());
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        spark.createDataset(json.rdd(), Encoders.STRING()).write().mode(mode).text(output + "/" + name + ".jsonl");
        StructType schema = LinkOutputs.schema(type);
        JavaRDD<Row> parquetRows = json.map(j -> ArticleSchema.row(new ObjectMapper().readTree(j), schema));
        spark.createDataFrame(parquetRows, schema).write().mode(mode).parquet(output + "/" + name);
        long count = json.count();
        json.unpersist(false);
        return count;
    }
}

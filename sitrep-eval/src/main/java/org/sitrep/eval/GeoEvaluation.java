package org.sitrep.eval;

import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.geo.Geo;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.StageRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Scores place recognition and resolution on LGL (local US news) and GeoVirus (WikiNews on
 * epidemics): gold toponyms with character offsets into each article's text and coordinates.
 *
 * <p>Each article's text goes through the pipeline's entities and geo stages as a plain-text
 * input document, so output offsets are offsets into that same text. A predicted toponym is a
 * mention of a GPE or LOCATION entity (in LGL, whose annotators also marked names of peoples, a NORP mention
 * with a country too). It matches a gold toponym when their spans overlap (one
 * to one, first come first served). Recognition: precision = matched predictions / predictions,
 * recall = matched gold / gold. Resolution, over matched gold toponyms that have coordinates:
 * accuracy@161 km counts a toponym right when the prediction's place lies within 161 km of the
 * gold point, an unresolved prediction counting as wrong; mean error is over resolved ones. The articles of each half
 * of the {@link DevSplit} are scored apart too (see {@link GoldArticle#id} for an article's id).
 */
public final class GeoEvaluation implements Evaluation {

    private static final double ACC_KM = 161.0;
    /** {@code -Dsitrep.geo.debug=true} lists every miss, extra and wrong resolution on stderr. */
    private static final boolean DEBUG = Boolean.getBoolean("sitrep.geo.debug");

    /**
     * A gold toponym; lat/lon NaN where the corpus gives no coordinates.
     *
     * @param country the ISO code where the corpus says the toponym is a country (LGL's PCL feature codes,
     *                GeoVirus's Wikipedia page of a country), else null
     */
    record Gold(int start, int end, String name, double lat, double lon, String country) {
    }

    /**
     * @param id     the article's {@link DevSplit} id: its {@code docid} attribute (LGL, TR-News), else its URL (GeoVirus's
     *               {@code <source>}, or {@code <url>}), else its {@code <pageTitle>} (WikToR), else the corpus file's name,
     *               '#' and the article's 0-based position among the file's articles
     * @param source the publisher (LGL's domain, the host of GeoVirus's URL), empty when the corpus does not say
     */
    record GoldArticle(String id, String text, String source, List<Gold> toponyms) {
    }

    @Override
    public String name() {
        return "geo";
    }

    @Override
    public String dataset() {
        return "geo";
    }

    @Override
    public void run(Path data, int limit, PrintStream out) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Gazetteer gazetteer = Gazetteer.instance();
        Countries.instance();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        out.printf(Locale.ROOT, "gazetteer: %d places under %d names, loaded in %d ms (%d ms of CPU), about %d MB of heap%n",
                gazetteer.size(), gazetteer.names(), gazetteer.loadMillis(), gazetteer.loadCpuMillis(),
                Math.max(0, after - before) / (1024 * 1024));
        out.println("rule: a predicted GPE/LOCATION mention matches a gold toponym when the spans overlap (one to one);"
                + " acc@161 counts unresolved matches as wrong; mean error is over resolved matches");
        // The second pass (publishers with a home) reads the same texts again: CoreNLP's analysis of each is kept for
        // the corpus, so that only the stages that use the home run twice.
        Map<String, NlpDocument> analysed = new HashMap<>();
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("geo"),
                text -> analysed.computeIfAbsent(text, CoreNlpAnalyzer.instance()));
        for (Path file : corpora(data)) {
            analysed.clear();
            String corpus = file.getFileName().toString();
            if (!Files.isRegularFile(file)) {
                out.println(corpus + ": missing, skipped");
                continue;
            }
            List<GoldArticle> articles;
            try {
                articles = read(file);
            } catch (Exception e) {
                out.println(corpus + ": unreadable, skipped (" + e.getMessage() + ")");
                continue;
            }
            if (limit > 0 && articles.size() > limit) {
                articles = articles.subList(0, limit);
            }
            score(corpus, articles, pipeline, marksPeoples(articles), out);
        }
    }

    /**
     * LGL and GeoVirus (reported missing when absent), then any other corpus in the same XML shapes dropped
     * beside them (the Pragmatic Guide's other corpora, one's own), in name order.
     */
    static List<Path> corpora(Path data) throws java.io.IOException {
        List<Path> out = new ArrayList<>(List.of(data.resolve("lgl.xml"), data.resolve("GeoVirus.xml")));
        if (Files.isDirectory(data)) {
            try (var files = Files.list(data)) {
                files.filter(f -> f.getFileName().toString().endsWith(".xml") && !out.contains(f)).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /**
     * @param peoplesAreToponyms whether the corpus's annotators marked names of peoples ("Sudanese", "Israeli") as
     *                           toponyms of their country, as LGL's did and GeoVirus's did not ({@link #marksPeoples});
     *                           then a NORP mention with a country counts as a prediction placed at that country.
     */
    private void score(String corpus, List<GoldArticle> articles, ArticlePipeline pipeline, boolean peoplesAreToponyms,
                       PrintStream out) {
        long t0 = System.nanoTime();
        // Two passes, as a run over a corpus does: the first learns where each publisher is from its articles'
        // sure places, the second reads again the articles of publishers that have a home. Both halves of the
        // DevSplit are read together here (a run reads what it gets); only the scores are kept apart.
        List<List<Article>> annotated = new ArrayList<>();
        SourceHomes homes = new SourceHomes();
        for (GoldArticle a : articles) {
            List<Article> read = pipeline.run(documentOf(corpus, a));
            read.forEach(article -> homes.learn(a.source(), article));
            if (DEBUG) {
                read.forEach(article -> System.err.println("SURE " + corpus + " " + a.source() + " " + article.entities().stream()
                        .filter(e -> e.place() != null && e.place().confidence() != null && e.place().confidence() >= 0.9)
                        .map(e -> e.place().name() + "/" + e.place().kind() + "/" + e.place().admin1()).toList()));
            }
            annotated.add(read);
        }
        Set<String> sourcesWithHome = new TreeSet<>();
        for (int index = 0; index < articles.size(); index++) {
            GoldArticle a = articles.get(index);
            Optional<Place> home = homes.home(a.source());
            if (home.isPresent()) {
                if (sourcesWithHome.add(a.source()) && DEBUG) {
                    System.err.println("HOME " + corpus + " " + a.source() + " " + home.get());
                }
                annotated.set(index, pipeline.run(documentOf(corpus, a), home.get()));
            }
        }
        Tally t = new Tally();
        Map<DevSplit.Half, Tally> halves = new EnumMap<>(DevSplit.Half.class);
        for (int index = 0; index < articles.size(); index++) {
            GoldArticle a = articles.get(index);
            Tally one = new Tally();
            one.articles = 1;
            List<Prediction> predictions = new ArrayList<>();
            for (Article article : annotated.get(index)) {
                for (Entity e : article.entities()) {
                    if ("GPE".equals(e.type()) || "LOCATION".equals(e.type())) {
                        for (Span m : e.mentions()) {
                            predictions.add(new Prediction(m, e.place()));
                        }
                    } else if (peoplesAreToponyms && "NORP".equals(e.type()) && e.country() != null) {
                        Place p = e.place() != null ? e.place()
                                : Countries.instance().byCode(e.country()).map(c -> c.toPlace(null)).orElse(null);
                        for (Span m : e.mentions()) {
                            predictions.add(new Prediction(m, p));
                        }
                    }
                }
            }
            one.predicted += predictions.size();
            if (DEBUG) {
                for (Prediction p : predictions) {
                    if (a.toponyms().stream().noneMatch(g -> p.mention().start() < g.end() && g.start() < p.mention().end())) {
                        System.err.println("EXTRA " + corpus + " " + p.mention().text() + " | #" + index);
                    }
                }
                for (Gold g : a.toponyms()) {
                    if (predictions.stream().noneMatch(p -> p.mention().start() < g.end() && g.start() < p.mention().end())) {
                        System.err.println("MISSED " + corpus + " " + g.name() + " | #" + index + " @" + g.start());
                    }
                }
            }
            one.gold += a.toponyms().size();
            boolean[] used = new boolean[predictions.size()];
            for (Gold g : a.toponyms()) {
                for (int i = 0; i < predictions.size(); i++) {
                    Span m = predictions.get(i).mention();
                    if (!used[i] && m.start() < g.end() && g.start() < m.end()) {
                        used[i] = true;
                        one.matchedGold++;
                        if (!Double.isNaN(g.lat())) {
                            one.withCoordinates++;
                            one.goldCountries += g.country() != null ? 1 : 0;
                            Place p = predictions.get(i).place();
                            if (DEBUG && (p == null || Geo.km(g.lat(), g.lon(), p.lat(), p.lon()) > ACC_KM)) {
                                System.err.printf(Locale.ROOT, "WRONG " + corpus + " %s gold %.2f,%.2f got %s | #%d %s%n", g.name(), g.lat(), g.lon(),
                                        p == null ? "null" : p.name() + " " + p.kind() + " " + p.country() + " " + p.admin1() + " " + p.lat() + "," + p.lon() + " c=" + p.confidence(),
                                        index, m.text());
                            }
                            if (p != null) {
                                one.resolved++;
                                if (p.geonameid() == 0) {
                                    one.withoutId++;
                                    if (DEBUG) {
                                        System.err.println("NOID " + corpus + " " + p.kind() + " " + p.country() + " " + p.name());
                                    }
                                }
                                double km = Geo.km(g.lat(), g.lon(), p.lat(), p.lon());
                                one.errorSum += km;
                                if (km <= ACC_KM) {
                                    one.within++;
                                }
                                if (p.confidence() != null) { // a people's name placed at its country here has none
                                    double c = p.confidence();
                                    int band = c >= 0.9 ? 0 : c >= 0.7 ? 1 : 2;
                                    one.byConfidence[band]++;
                                    one.withinByConfidence[band] += km <= ACC_KM ? 1 : 0;
                                }
                                if (!"country".equals(p.kind())) {
                                    one.belowCountry++;
                                    one.withinBelowCountry += km <= ACC_KM ? 1 : 0;
                                } else if (p.country() != null && p.country().equals(g.country())) {
                                    one.rightCountries++;
                                    one.rightCountriesFar += km <= ACC_KM ? 0 : 1;
                                }
                            }
                        }
                        break;
                    }
                }
            }
            t.add(one);
            halves.computeIfAbsent(DevSplit.of(a.id()), h -> new Tally()).add(one);
        }
        out.printf(Locale.ROOT, "%s: %d articles, %d gold toponyms, %d predicted, %d matched (%.1f s)%n", corpus,
                articles.size(), t.gold, t.predicted, t.matchedGold, (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "  recognition  P %.3f  R %.3f  F1 %.3f%s%n", t.precision(), t.recall(), t.f1(),
                peoplesAreToponyms ? "  (peoples' names, \"Sudanese\", count as their country's toponyms here)" : "");
        out.printf(Locale.ROOT, "  publishers with a home (learned from their articles, or their country-code domain): %d of %d%n", sourcesWithHome.size(),
                articles.stream().map(GoldArticle::source).filter(x -> !x.isEmpty()).distinct().count());
        out.printf(Locale.ROOT, "  resolution   acc@161 %.3f  mean error %.0f km  (%d of %d matched with coordinates resolved)%n",
                t.accuracy(), t.meanError(), t.resolved, t.withCoordinates);
        out.printf(Locale.ROOT, "  resolved to a place without a GeoNames id: %d of %d%n", t.withoutId, t.resolved);
        // Countries are points too, and the corpora put them where their sources did (GeoNames, Wikipedia),
        // not always where world-countries does; this line shows resolution without that disagreement.
        out.printf(Locale.ROOT, "  resolved below country level: acc@161 %.3f over %d%n",
                ratio(t.withinBelowCountry, t.belowCountry), t.belowCountry);
        if (t.goldCountries > 0) {
            // Which point stands for a country is a gazetteer's convention, not a resolution: this line says how
            // many countries were the right one and what acc@161 would be at the corpus's own country points.
            out.printf(Locale.ROOT, "  gold countries: %d of %d resolved to that country, %d of them over 161 km from the"
                            + " corpus's point for it (acc@161 at the corpus's country points: %.3f)%n", t.rightCountries, t.goldCountries,
                    t.rightCountriesFar, t.accuracyAtCorpusCountryPoints());
        }
        out.printf(Locale.ROOT, "  by confidence: >=0.9 acc@161 %.3f over %d; 0.7-0.9 %.3f over %d; <0.7 %.3f over %d%n",
                ratio(t.withinByConfidence[0], t.byConfidence[0]), t.byConfidence[0], ratio(t.withinByConfidence[1], t.byConfidence[1]),
                t.byConfidence[1], ratio(t.withinByConfidence[2], t.byConfidence[2]), t.byConfidence[2]);
        for (DevSplit.Half half : DevSplit.Half.values()) {
            Tally h = halves.getOrDefault(half, new Tally());
            out.printf(Locale.ROOT, "  %s: recognition P/R/F1 %.3f/%.3f/%.3f  acc@161 %.3f  mean error %.0f km"
                            + "  acc@161 at the corpus's country points %.3f  (%d gold, %d predicted, %d of %d resolved)%n",
                    DevSplit.lineHead(half, h.articles, "articles"), h.precision(), h.recall(), h.f1(), h.accuracy(), h.meanError(),
                    h.accuracyAtCorpusCountryPoints(), h.gold, h.predicted, h.resolved, h.withCoordinates);
        }
    }

    /** The counts over a set of articles: a corpus, or one half of it. */
    private static final class Tally {
        int articles;
        int predicted;
        int gold;
        int matchedGold;
        int withCoordinates;
        int within;
        int resolved;
        int withoutId;
        double errorSum;
        int belowCountry;
        int withinBelowCountry;
        // Gold countries: how many were resolved to that country, and how many of those lie over 161 km from the
        // corpus's point for it (GeoNames and Wikipedia put China 180 km apart).
        int goldCountries;
        int rightCountries;
        int rightCountriesFar;
        // Resolved matches by the place's confidence: [0.9, 1], [0.7, 0.9), [0, 0.7); whether confidence means what it says.
        final int[] byConfidence = new int[3];
        final int[] withinByConfidence = new int[3];

        void add(Tally o) {
            articles += o.articles;
            predicted += o.predicted;
            gold += o.gold;
            matchedGold += o.matchedGold;
            withCoordinates += o.withCoordinates;
            within += o.within;
            resolved += o.resolved;
            withoutId += o.withoutId;
            errorSum += o.errorSum;
            belowCountry += o.belowCountry;
            withinBelowCountry += o.withinBelowCountry;
            goldCountries += o.goldCountries;
            rightCountries += o.rightCountries;
            rightCountriesFar += o.rightCountriesFar;
            for (int i = 0; i < byConfidence.length; i++) {
                byConfidence[i] += o.byConfidence[i];
                withinByConfidence[i] += o.withinByConfidence[i];
            }
        }

        double precision() {
            return ratio(matchedGold, predicted);
        }

        double recall() {
            return ratio(matchedGold, gold);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double accuracy() {
            return ratio(within, withCoordinates);
        }

        double meanError() {
            return resolved == 0 ? 0 : errorSum / resolved;
        }

        double accuracyAtCorpusCountryPoints() {
            return ratio(within + rightCountriesFar, withCoordinates);
        }
    }

    private static InputDocument documentOf(String corpus, GoldArticle a) {
        return new InputDocument(corpus, null, "text", "text", a.text(), null, null, null);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private record Prediction(Span mention, Place place) {
    }

    /**
     * Reads LGL ({@code article/text, toponyms/toponym/start,end,gaztag/lat,lon}), GeoVirus
     * ({@code article/text, locations/location/start,end,lat,lon}) or WikToR ({@code page/text,lat,lon,
     * toponymIndices/toponym/start,end}).
     */
    static List<GoldArticle> read(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e; // reported once, by the caller, not also on stderr by the parser
            }
        });
        Document doc = builder.parse(file.toFile());
        List<GoldArticle> out = new ArrayList<>();
        List<Element> articles = new ArrayList<>();
        // LGL and GeoVirus call a document "article"; WikToR calls it "page" and gives the one place its toponyms
        // name on the page itself.
        for (String tag : List.of("article", "page")) {
            NodeList list = doc.getElementsByTagName(tag);
            for (int i = 0; i < list.getLength(); i++) {
                articles.add((Element) list.item(i));
            }
        }
        for (int index = 0; index < articles.size(); index++) {
            Element article = articles.get(index);
            String text = childText(article, "text");
            if (text == null) {
                continue;
            }
            List<Gold> toponyms = new ArrayList<>();
            for (String tag : List.of("toponym", "location")) {
                NodeList list = article.getElementsByTagName(tag);
                for (int j = 0; j < list.getLength(); j++) {
                    Element t = (Element) list.item(j);
                    String start = childText(t, "start");
                    String end = childText(t, "end");
                    if (start == null || end == null) {
                        continue;
                    }
                    String name = childText(t, "phrase") != null ? childText(t, "phrase") : childText(t, "name");
                    String ownLat = deepText(t, "lat");
                    String ownLon = deepText(t, "lon");
                    String lat = ownLat != null ? ownLat : childText(article, "lat");
                    String lon = ownLon != null ? ownLon : childText(article, "lon");
                    toponyms.add(new Gold(Integer.parseInt(start.strip()), Integer.parseInt(end.strip()), name,
                            lat == null ? Double.NaN : Double.parseDouble(lat.strip()),
                            lon == null ? Double.NaN : Double.parseDouble(lon.strip()), goldCountry(t)));
                }
            }
            out.add(new GoldArticle(idOf(article, file.getFileName() + "#" + index), text, sourceOf(article), toponyms));
        }
        return out;
    }

    /**
     * Whether the corpus's annotators marked names of peoples as toponyms of their country, as LGL's and TR-News's
     * did ("Sudanese", "Turkish") and GeoVirus's did not: some of its gold toponyms are peoples' names.
     */
    static boolean marksPeoples(List<GoldArticle> articles) {
        long peoples = articles.stream().flatMap(a -> a.toponyms().stream())
                .filter(g -> g.name() != null && Countries.instance().byDemonym(g.name().strip()).isPresent()).count();
        return peoples >= MIN_PEOPLES;
    }

    /** Gold toponyms that must be peoples' names for a corpus to count them (a stray one is an annotator's slip). */
    private static final int MIN_PEOPLES = 5;

    /**
     * The country a gold toponym is, where the corpus says it is one: LGL's gazetteer tag with a PCL feature code
     * (by its GeoNames id, else its name), GeoVirus's Wikipedia page of a country ("China"; not "Georgia_(U.S._state)").
     */
    static String goldCountry(Element toponym) {
        Countries countries = Countries.instance();
        String fcode = deepText(toponym, "fcode");
        if (fcode != null && fcode.strip().startsWith("PCL")) {
            NodeList tags = toponym.getElementsByTagName("gaztag");
            String id = tags.getLength() == 0 ? "" : ((Element) tags.item(0)).getAttribute("geonameid").strip();
            Optional<Country> byId = countries.all().stream()
                    .filter(c -> c.geonameid() != 0 && String.valueOf(c.geonameid()).equals(id)).findFirst();
            String name = deepText(toponym, "name");
            return byId.or(() -> name == null ? Optional.empty() : countries.byName(name.strip())).map(Country::code).orElse(null);
        }
        String page = childText(toponym, "page");
        if (page != null && page.contains("/wiki/")) {
            String title = URLDecoder.decode(page.substring(page.lastIndexOf("/wiki/") + 6), StandardCharsets.UTF_8)
                    .replace('_', ' ').replaceFirst(" \\(country\\)$", "").strip();
            return title.contains("(") ? null : countries.byName(title).map(Country::code).orElse(null);
        }
        return null;
    }

    /** The article's {@link DevSplit} id (see {@link GoldArticle#id}); {@code byPosition} where it has none. */
    static String idOf(Element article, String byPosition) {
        if (!article.getAttribute("docid").isBlank()) {
            return article.getAttribute("docid").strip();
        }
        for (String tag : List.of("source", "url", "pageTitle")) {
            String value = childText(article, tag);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return byPosition;
    }

    /** The article's publisher: LGL's or TR-News's domain (without "www."), else the host of its URL or source page. */
    private static String sourceOf(Element article) {
        String domain = childText(article, "domain");
        if (domain != null && !domain.isBlank()) {
            return domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
        for (String tag : List.of("url", "source")) {
            String host = SourceHomes.sourceOf(childText(article, tag));
            if (host != null) {
                return host;
            }
        }
        return "";
    }

    private static String childText(Element parent, String tag) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    private static String deepText(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }
}

package org.sitrep.eval.linking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.link.coref.CorefDocument;
import org.sitrep.link.coref.Mention;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ from its original XML (one file per document under {@code xml/<split>/<topic>/}), the standard way
 * (Cybulska and Vossen 2015): a mention is a markable anchored to tokens; its chain is the {@code note} (instance
 * id) of the CROSS_DOC_COREF it is a source of, else the INTRA_DOC_COREF it is a source of (scoped to its file),
 * else it is a singleton; only mentions in the validated sentences ({@code ECBplus_coreference_sentences.csv})
 * are kept. ACTION_* and NEG_ACTION_* are events, the rest (participants, places, times) entities. Chains come
 * from the XML, so the parsed JSON's wrongly merged chain does not arise.
 */
public final class EcbPlusReader {

    private EcbPlusReader() {
    }

    public static CorefCorpus read(Path ecbplus, String split) throws IOException {
        Map<String, Set<Integer>> validated = validatedSentences(ecbplus.resolve("ECBplus_coreference_sentences.csv"));
        Path root = ecbplus.resolve("xml").resolve(split);
        if (!Files.isDirectory(root)) {
            throw new IOException("no ECB+ " + split + " split under " + ecbplus + " (expected xml/" + split + "/)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        List<CorefDocument> documents = new ArrayList<>();
        Map<String, String> topics = new HashMap<>();
        List<CorefCorpus.GoldMention> mentions = new ArrayList<>();
        DocumentBuilder builder = builder();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
            String topic = name.substring(0, name.indexOf('_'));
            Set<Integer> sentences = validated.getOrDefault(name, Set.of());
            Document xml;
            try (InputStream in = Files.newInputStream(file)) {
                xml = builder.parse(in);
            } catch (SAXException e) {
                throw new IOException(file + ": not readable as XML (" + e.getMessage() + ")", e);
            }
            Map<String, int[]> tokenPlace = new HashMap<>();
            TreeMap<Integer, TreeMap<Integer, String>> text = new TreeMap<>();
            NodeList tokens = xml.getElementsByTagName("token");
            for (int i = 0; i < tokens.getLength(); i++) {
                Element token = (Element) tokens.item(i);
                int sentence = Integer.parseInt(token.getAttribute("sentence"));
                int number = Integer.parseInt(token.getAttribute("number"));
                tokenPlace.put(token.getAttribute("t_id"), new int[] {sentence, number});
                text.computeIfAbsent(sentence, k -> new TreeMap<>()).put(number, token.getTextContent());
            }
            List<List<String>> sentenceTokens = new ArrayList<>();
            int last = text.isEmpty() ? -1 : text.lastKey();
            for (int s = 0; s <= last; s++) {
                TreeMap<Integer, String> words = text.getOrDefault(s, new TreeMap<>());
                List<String> list = new ArrayList<>();
                int top = words.isEmpty() ? -1 : words.lastKey();
                for (int n = 0; n <= top; n++) {
                    list.add(words.getOrDefault(n, ""));
                }
                sentenceTokens.add(list);
            }
            Map<String, String> chainOf = chains(xml, name);
            List<CorefCorpus.GoldMention> ofFile = new ArrayList<>();
            Node markables = xml.getElementsByTagName("Markables").item(0);
            NodeList children = markables == null ? null : markables.getChildNodes();
            for (int i = 0; children != null && i < children.getLength(); i++) {
                if (!(children.item(i) instanceof Element markable)) {
                    continue;
                }
                NodeList anchors = markable.getElementsByTagName("token_anchor");
                if (anchors.getLength() == 0) {
                    continue;
                }
                List<int[]> places = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int a = 0; a < anchors.getLength(); a++) {
                    String id = ((Element) anchors.item(a)).getAttribute("t_id");
                    if (seen.add(id) && tokenPlace.containsKey(id)) {
                        places.add(tokenPlace.get(id));
                    }
                }
                if (places.isEmpty()) {
                    continue;
                }
                int sentence = places.get(0)[0];
                if (!sentences.contains(sentence)) {
                    continue;
                }
                List<Integer> positions = places.stream().filter(p -> p[0] == sentence).map(p -> p[1]).sorted().toList();
                String tag = markable.getTagName();
                Mention.Kind kind = tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_") ? Mention.Kind.EVENT
                        : Mention.Kind.ENTITY;
                String mId = markable.getAttribute("m_id");
                String chain = chainOf.getOrDefault(mId, "singleton:" + name + ":" + mId);
                ofFile.add(new CorefCorpus.GoldMention(new Mention(name + ":" + mId, name, sentence, positions, -1, kind),
                        chain));
            }
            if (!ofFile.isEmpty()) {
                documents.add(new CorefDocument(name, sentenceTokens));
                topics.put(name, topic);
                mentions.addAll(ofFile);
            }
        }
        return new CorefCorpus("ECB+ " + split, documents, topics, mentions);
    }

    /** Each source markable's chain: the cross-document instance first, else the within-document relation. */
    private static Map<String, String> chains(Document xml, String file) {
        Map<String, String> chainOf = new HashMap<>();
        NodeList intra = xml.getElementsByTagName("INTRA_DOC_COREF");
        for (int i = 0; i < intra.getLength(); i++) {
            Element relation = (Element) intra.item(i);
            for (String source : sources(relation)) {
                chainOf.put(source, "intra:" + file + ":" + relation.getAttribute("r_id"));
            }
        }
        NodeList cross = xml.getElementsByTagName("CROSS_DOC_COREF");
        for (int i = 0; i < cross.getLength(); i++) {
            Element relation = (Element) cross.item(i);
            for (String source : sources(relation)) {
                chainOf.put(source, "cross:" + relation.getAttribute("note"));
            }
        }
        return chainOf;
    }

    private static List<String> sources(Element relation) {
        List<String> ids = new ArrayList<>();
        NodeList sources = relation.getElementsByTagName("source");
        for (int i = 0; i < sources.getLength(); i++) {
            ids.add(((Element) sources.item(i)).getAttribute("m_id"));
        }
        return ids;
    }

    /** File name (without .xml) → validated sentence numbers, from the official csv. */
    private static Map<String, Set<Integer>> validatedSentences(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            throw new IOException("no ECBplus_coreference_sentences.csv under " + csv.getParent());
        }
        Map<String, Set<Integer>> validated = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split(",");
            if (cells.length < 3) {
                continue;
            }
            validated.computeIfAbsent(cells[0].trim() + "_" + cells[1].trim(), k -> new HashSet<>())
                    .add(Integer.parseInt(cells[2].trim()));
        }
        return validated;
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }
}

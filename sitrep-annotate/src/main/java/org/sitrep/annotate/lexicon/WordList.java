package org.sitrep.annotate.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One word list of the lexicon, read from a resource file of this package: one entry a line, its first
 * field the word and any further tab-separated fields data about it; blank lines and lines starting with
 * {@code #} (the header that says where the list comes from) are skipped. Lookups ignore case and read a
 * typographic apostrophe as a plain one ("women’s" is "women's"). Immutable.
 */
public final class WordList {

    private final List<String> words;
    private final List<List<String>> rows;
    private final Set<String> keys;

    private WordList(List<List<String>> rows) {
        this.rows = List.copyOf(rows);
        this.words = rows.stream().map(r -> r.get(0)).toList();
        Set<String> k = new LinkedHashSet<>();
        words.forEach(w -> k.add(key(w)));
        this.keys = Set.copyOf(k);
    }

    /** Reads {@code name} from this package's resources; fails when the list is missing, since the code needs it. */
    static WordList load(String name) {
        String path = "/org/sitrep/annotate/lexicon/" + name;
        try (InputStream raw = WordList.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("word list missing from the class path: " + path);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            List<List<String>> read = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    read.add(Arrays.stream(entry.split("\t")).map(String::strip).toList());
                }
            }
            return new WordList(read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Whether the list holds this word, whatever its case. */
    public boolean contains(String word) {
        return word != null && keys.contains(key(word));
    }

    /** The words as the file writes them, in its order. */
    public List<String> words() {
        return words;
    }

    /** The words in lower case, as a set. */
    public Set<String> lowerCase() {
        return keys;
    }

    /** The entries whose second field is {@code mark} ("second-level" of "county"), as a list of their own. */
    WordList marked(String mark) {
        return new WordList(rows.stream().filter(r -> r.size() > 1 && r.get(1).equals(mark)).toList());
    }

    /** Each entry's fields: the word, then the data the file gives about it. */
    List<List<String>> rows() {
        return rows;
    }

    /** The form in which words are compared: lower case, typographic apostrophes plain. */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}

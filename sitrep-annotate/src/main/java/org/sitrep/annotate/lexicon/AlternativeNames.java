package org.sitrep.annotate.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Other names of the same body ("the Islamic Emirate" for the Taliban, "Ansar Allah" for the Houthis), from
 * {@code alternative-names.tsv}: official self-designations and widely used variants, for linking the names
 * of one body across articles. Immutable; loaded once per JVM.
 */
public final class AlternativeNames {

    private static final class Shared {
        static final AlternativeNames INSTANCE = new AlternativeNames(WordList.load("alternative-names.tsv"));
    }

    /** Each name, in compared form, to the common name of its body. */
    private final Map<String, String> commonName = new HashMap<>();
    /** Each body's common name to all its names, the common name first. */
    private final Map<String, List<String>> names = new HashMap<>();

    private AlternativeNames(WordList list) {
        for (List<String> row : list.rows()) {
            names.put(row.get(0), List.copyOf(row));
            for (String name : row) {
                commonName.putIfAbsent(WordList.key(name), row.get(0));
            }
        }
    }

    public static AlternativeNames instance() {
        return Shared.INSTANCE;
    }

    /** The common name of the body this name is one of the names of, whatever its case ("islamic emirate": Taliban). */
    public Optional<String> commonNameOf(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(commonName.get(WordList.key(name.strip())));
    }

    /** All names of the body with this common name, the common name first; empty when the list has no such body. */
    public List<String> namesOf(String common) {
        return names.getOrDefault(common, List.of());
    }
}

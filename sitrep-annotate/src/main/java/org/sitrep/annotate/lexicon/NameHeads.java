package org.sitrep.annotate.lexicon;

/**
 * The words that head names in English and so tell what a capitalised phrase names: an organisation ("National
 * Intelligence Service"), an institution that is also a site ("Kabul University"), a newspaper ("New York
 * Times"), a company ("Wal-Mart Stores Inc."), a building or structure ("Torkham Gate"), premises ("County
 * Jail"), a road or street ("Orchard St."), a natural feature ("Indus River"). Loaded on first use, once per JVM.
 */
public final class NameHeads {

    private static final WordList ORGANIZATIONS = WordList.load("organization-heads.txt");
    private static final WordList INSTITUTIONS = WordList.load("institution-heads.txt");
    /** Words that end a newspaper's or magazine's name: "Times", "Herald". */
    public static final WordList NEWSPAPERS = WordList.load("newspaper-words.txt");
    /** Words that end a company's name, written without full stops: "inc", "holdings", "gmbh". */
    public static final WordList COMPANY_SUFFIXES = WordList.load("company-suffixes.txt");
    private static final WordList FACILITIES = WordList.load("facility-heads.txt");
    private static final WordList PREMISES = WordList.load("premises-words.txt");
    private static final WordList ROADS = WordList.load("road-words.txt");
    private static final WordList STREET_SUFFIXES = WordList.load("street-suffixes.txt");
    /** Words that head a natural feature's name: "river", "mountains", "strait". */
    public static final WordList FEATURES = WordList.load("feature-heads.txt");
    /** The last words of features that span several places (a sea, a range, a desert). */
    public static final WordList SPANNING_FEATURES = WordList.load("spanning-feature-words.txt");

    private NameHeads() {
    }

    /** A word that heads an organisation's name: a body, an institution, a newspaper, a company suffix. */
    public static boolean organization(String word) {
        return ORGANIZATIONS.contains(word) || INSTITUTIONS.contains(word) || NEWSPAPERS.contains(word)
                || COMPANY_SUFFIXES.contains(word.replace(".", ""));
    }

    /**
     * A word that makes a capitalised phrase a facility's name: a building or structure ("Gate", "Airbase") or a
     * road ("Highway"). Premises and street suffixes end other names too ("Tammany Hall", "United Way").
     */
    public static boolean facility(String word) {
        return FACILITIES.contains(word) || ROADS.contains(word);
    }

    /**
     * A word that ends the name of a site below a map's scale: a building or structure, premises or grounds, or an
     * institution's premises ("Kabul University").
     */
    public static boolean site(String word) {
        return FACILITIES.contains(word) || PREMISES.contains(word) || INSTITUTIONS.contains(word);
    }

    /** A word that ends a street's or road's name, written without full stops: "street", "st", "drive", "highway". */
    public static boolean street(String word) {
        return ROADS.contains(word) || STREET_SUFFIXES.contains(word);
    }
}

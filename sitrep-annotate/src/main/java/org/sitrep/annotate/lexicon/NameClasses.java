package org.sitrep.annotate.lexicon;

/**
 * Words that tell what kind of thing a name names where its head does not: names of groups that are no
 * country's demonym ("Muslim", "Kurdish"), words in capitals that name no organisation ("EST", "GDP"), the
 * country abbreviations news writes ("U.S."), words that make a place's name a disease's ("West Nile virus"),
 * and pathogens taggers take for places ("Salmonella"). Loaded on first use, once per JVM.
 */
public final class NameClasses {

    /** Religious, ethnic and political groups that are no country's demonym: "Muslim", "Kurds", "Republicans". */
    public static final WordList GROUP_ADJECTIVES = WordList.load("group-adjectives.txt");
    /** Words in capitals that name no organisation: time zones, units, formats ("EST", "KM", "PDF"). */
    public static final WordList NOT_ORGANIZATIONS = WordList.load("not-organizations.txt");
    /** Two-letter country abbreviations news writes as names ("US", "U.K."), unlike most ISO codes ("DJ"). */
    public static final WordList COUNTRY_ABBREVIATIONS = WordList.load("country-abbreviations.txt");
    /** Words after a place's name that make the whole a disease's or strain's name: "virus", "fever", "strain". */
    public static final WordList DISEASE_WORDS = WordList.load("disease-words.txt");
    /** Pathogens' names: "Salmonella", "E. coli". */
    public static final WordList PATHOGENS = WordList.load("pathogens.txt");

    private NameClasses() {
    }
}

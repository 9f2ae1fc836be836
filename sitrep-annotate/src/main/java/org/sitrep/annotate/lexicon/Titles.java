package org.sitrep.annotate.lexicon;

/**
 * The words of people's titles and honorifics in English news: heads of titles ("minister", "spokesperson",
 * "Gen."), the words that may stand before a head inside a title ("vice", "foreign", "defense"), modifiers that
 * only describe the person ("political analyst"), and honorifics ("Mr.", "Dame"). Loaded on first use, once per JVM.
 */
public final class Titles {

    /** Words that head a title: "minister", "spokesperson", "Gen." (abbreviations with their full stop). */
    public static final WordList HEADS = WordList.load("title-heads.txt");
    /** Words that may stand before a title's head inside the title: "deputy", "foreign". */
    public static final WordList MODIFIERS = WordList.load("title-modifiers.txt");
    /** Modifiers that only describe the person ("political analyst"): kept out of the title. */
    public static final WordList DESCRIPTIVE = WordList.load("descriptive-modifiers.txt");
    /** "Mr", "Mrs.", "Dr", "Sir", "Dame": before a name, neither name nor title. */
    public static final WordList HONORIFICS = WordList.load("honorifics.txt");

    private Titles() {
    }

    /** A head or a modifier of a title. */
    public static boolean titleWord(String word) {
        return HEADS.contains(word) || MODIFIERS.contains(word);
    }

    /** A word before a name that says a person is named: a title's head or an honorific. */
    public static boolean headOrHonorific(String word) {
        return HEADS.contains(word) || HONORIFICS.contains(word);
    }
}

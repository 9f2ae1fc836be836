package org.sitrep.annotate.lexicon;

/**
 * The words of the names of associations of states: a head before "of" ("Alliance", "League", "Community") and the
 * plural that ends the name ("States", "Nations"): "Alliance of Sahel States", "Association of Southeast Asian
 * Nations". Loaded on first use, once per JVM.
 */
public final class Blocs {

    private static final WordList WORDS = WordList.load("bloc-words.txt");
    /** "alliance", "league", "union": a word that heads such a name before "of". */
    public static final WordList HEADS = WORDS.marked("head");
    /** "states", "nations": a word that ends such a name. */
    public static final WordList MEMBERS = WORDS.marked("members");

    private Blocs() {
    }
}

package org.sitrep.annotate.nlp;

/**
 * A token of the body text.
 *
 * @param word  the token as the tokenizer normalised it (quotes, dashes)
 * @param text  the token's characters in the body
 * @param start body offset of its first character
 * @param end   body offset after its last character
 * @param ner   the named-entity tag (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 */
public record Token(int index, String word, String text, int start, int end, String pos, String lemma, String ner) {
}

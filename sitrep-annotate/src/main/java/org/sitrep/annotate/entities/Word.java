package org.sitrep.annotate.entities;

/**
 * A word of a sentence as the entity reader sees it: usually one token, but hyphen-joined
 * proper-name parts ("Secretary-General", "Yoon-jeong", "Tehreek-e-Taliban") are one word, so
 * titles and names are matched whole.
 *
 * @param index position of the word in its sentence
 * @param text  the word's characters in the body
 * @param start body offset of its first character
 * @param end   body offset after its last character
 * @param pos   part-of-speech tag of its last token
 * @param ner   CoreNLP's tag (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 */
record Word(int index, String text, int start, int end, String pos, String ner) {

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    boolean possessive() {
        return pos.equals("POS");
    }

    boolean properNoun() {
        return pos.startsWith("NNP");
    }

    boolean tagged() {
        return !ner.equals("O");
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}

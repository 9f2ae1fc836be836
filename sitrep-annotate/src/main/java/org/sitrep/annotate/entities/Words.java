package org.sitrep.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;

/** Turns a sentence's tokens into {@link Word}s, joining hyphenated proper names. */
final class Words {

    private Words() {
    }

    static List<Word> of(Sentence sentence, String body) {
        List<Token> tokens = sentence.tokens();
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            int last = i;
            while (joinsHyphen(tokens, last)) {
                last += 2;
            }
            Token end = tokens.get(last);
            String ner = first.ner();
            for (int k = i; k <= last; k += 2) {
                if (!tokens.get(k).ner().equals(ner)) {
                    ner = first.ner().equals("O") ? tokens.get(k).ner() : ner;
                }
            }
            words.add(new Word(words.size(), body.substring(first.start(), end.end()), first.start(), end.end(),
                    last == i ? first.pos() : end.pos(), ner));
            i = last + 1;
        }
        return words;
    }

    /**
     * Whether token {@code i}, a hyphen and the token after it form one name: written without spaces,
     * the left part capitalised, and the right part either capitalised or of the same entity class
     * ("Yoon-jeong"). "US-led" and "Afghanistan-Pakistan" stay apart.
     */
    private static boolean joinsHyphen(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        Token left = tokens.get(i);
        Token hyphen = tokens.get(i + 1);
        Token right = tokens.get(i + 2);
        if (!hyphen.text().equals("-") || left.end() != hyphen.start() || hyphen.end() != right.start()) {
            return false;
        }
        if (left.text().isEmpty() || !Character.isUpperCase(left.text().charAt(0))) {
            return false;
        }
        if (!Character.isLetter(right.text().isEmpty() ? ' ' : right.text().charAt(0))) {
            return false;
        }
        if (CountryNames.isCountryOrDemonym(left.text()) || CountryNames.isCountryOrDemonym(right.text())) {
            return false;
        }
        boolean rightHasCapital = right.text().chars().anyMatch(Character::isUpperCase);
        boolean sameEntity = !left.ner().equals("O") && left.ner().equals(right.ner());
        return rightHasCapital || sameEntity;
    }
}

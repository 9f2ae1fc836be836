package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.model.Span;

/**
 * Candidate source: the place names the body's words give ({@link ToponymRecognizer}: NER's locations, gazetteer
 * names NER missed or mistyped where the words around say place), at their offsets in the input.
 */
final class TextCandidates {

    private final ToponymRecognizer recognizer;
    private final NameKeys keys;

    TextCandidates(Gazetteer gazetteer, Countries countries, NameKeys keys) {
        this.recognizer = new ToponymRecognizer(gazetteer, countries);
        this.keys = keys;
    }

    List<Candidate> read(AnnotationContext context) {
        String input = context.inputText();
        List<Candidate> out = new ArrayList<>();
        for (PlaceMention m : recognizer.recognize(context.body().text(), context.nlp())) {
            Span s = context.body().toInput(m.start(), m.end());
            String text = input.substring(s.start(), s.end());
            // a name the cleaning changed on its way to the body is not cited
            if (PlaceNames.key(text).equals(PlaceNames.key(m.text()))) {
                out.add(new Candidate(new Span(s.start(), s.end(), text), keys.keyOf(text), m.kindHint(), false));
            }
        }
        return out;
    }
}

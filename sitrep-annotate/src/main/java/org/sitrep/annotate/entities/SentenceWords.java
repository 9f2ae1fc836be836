package org.sitrep.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.annotate.entities.Mention.Role;

/**
 * One sentence as its readers share it: its words, what each word has been claimed as, and the mentions read so
 * far. A reader claims the words of the names it reads; the readers after it leave claimed words alone.
 */
final class SentenceWords {

    final int sentence;
    final List<Word> words;
    final String body;
    /** What each word has been claimed as: null (free), a mention type, or "TITLE". */
    final String[] claimed;
    final List<Mention> mentions = new ArrayList<>();

    SentenceWords(int sentence, List<Word> words, String body) {
        this.sentence = sentence;
        this.words = words;
        this.body = body;
        this.claimed = new String[words.size()];
    }

    /** A mention of words [from, to), which it claims (a title's words a person's name may claim again). */
    void add(int from, int to, String type, String country, Role role) {
        for (int t = from; t < to; t++) {
            if (claimed[t] == null || claimed[t].equals("TITLE") && type.equals("PERSON")) {
                claimed[t] = type;
            }
        }
        Word first = words.get(from);
        Word last = words.get(to - 1);
        mentions.add(new Mention(sentence, from, to, first.start(), last.end(), body.substring(first.start(), last.end()),
                type, country, role, false));
    }

    /** The text of words [from, to) as the body writes it; empty for none. */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return body.substring(words.get(from).start(), words.get(to - 1).end());
    }

    /** The mentions read, in text order. */
    List<Mention> sortedMentions() {
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }
}

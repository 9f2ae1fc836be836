package org.sitrep.annotate.entities;

import java.util.List;

/**
 * Reads the names of one sentence: CoreNLP's entity runs, repaired where news forms mislead it (titles tagged as
 * part of a name, organisations named by their head noun, acronyms, demonyms), and the titles and affiliations
 * written around people's names. Its readers run in this order, each leaving the words an earlier one claimed.
 */
final class SentenceReader {

    private final SentenceWords sentence;

    SentenceReader(int sentence, List<Word> words, String body) {
        this.sentence = new SentenceWords(sentence, words, body);
    }

    List<Mention> read() {
        Roles roles = new Roles(sentence);
        new ArmedGroupNames(sentence).read();
        new BlocNames(sentence).read();
        new PeopleNames(sentence, roles).read();
        new HeadedNames(sentence).read();
        new TaggedRuns(sentence).read();
        new Nationalities(sentence).read();
        new Acronyms(sentence).read();
        new OrganizationCountries(sentence, roles).read();
        return sentence.sortedMentions();
    }
}

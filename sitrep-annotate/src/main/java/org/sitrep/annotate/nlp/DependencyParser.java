package org.sitrep.annotate.nlp;

/**
 * Parses one already tokenised and tagged sentence into its Universal Dependencies graph. The
 * sentence's tokens and part-of-speech tags are used as they are: nothing is tokenised or tagged
 * again. Implementations are safe to share between threads.
 */
@FunctionalInterface
public interface DependencyParser {

    DependencyGraph parse(Sentence sentence);
}

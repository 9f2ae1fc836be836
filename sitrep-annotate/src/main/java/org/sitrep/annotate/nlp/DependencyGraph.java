package org.sitrep.annotate.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Universal Dependencies parse of one {@link Sentence}: every token has one head (or is a
 * root) and one relation to it. The helpers answer who did what to whom around a predicate:
 * {@link #subject}, {@link #passiveSubject}, {@link #agent}, {@link #objects}.
 *
 * <p>Relations are UD v2 names ({@code obj}, {@code nsubj:pass}, {@code aux:pass}, {@code obl:tmod});
 * a query relation without a subtype matches its subtypes too: {@code children(t, "obl")} finds
 * {@code obl:tmod}, while {@code children(t, "nsubj:pass")} finds only passive subjects. Immutable.
 */
public final class DependencyGraph {

    private static final int NONE = Integer.MIN_VALUE;

    private final Sentence sentence;
    private final List<Token> tokens;
    /** The head of each token as a position in the sentence, -1 for a root. */
    private final int[] heads;
    private final String[] relations;
    private final int[][] children;
    private final List<Dependency> dependencies;

    /**
     * @param dependencies one per token of {@code sentence}, by document token index; a token with none
     *                     is read as a root with relation {@code dep}
     */
    public DependencyGraph(Sentence sentence, List<Dependency> dependencies) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        this.heads = new int[n];
        this.relations = new String[n];
        Arrays.fill(heads, NONE);
        for (Dependency d : dependencies) {
            int dep = position(d.dependent());
            if (dep < 0) {
                throw new IllegalArgumentException("token " + d.dependent() + " is not in sentence " + sentence.index());
            }
            int head = d.isRoot() ? -1 : position(d.head());
            if (!d.isRoot() && head < 0) {
                throw new IllegalArgumentException("head " + d.head() + " is not in sentence " + sentence.index());
            }
            heads[dep] = head;
            relations[dep] = d.relation();
        }
        List<Dependency> all = new ArrayList<>(n);
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            if (heads[i] == NONE) {
                heads[i] = -1;
                relations[i] = "dep";
            }
            if (heads[i] >= 0) {
                childCount[heads[i]]++;
            }
            all.add(new Dependency(heads[i] < 0 ? Dependency.ROOT : tokens.get(heads[i]).index(), tokens.get(i).index(),
                    relations[i]));
        }
        this.dependencies = List.copyOf(all);
        this.children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[childCount[i]];
            childCount[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            if (heads[i] >= 0) {
                children[heads[i]][childCount[heads[i]]++] = i;
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    /** One arc per token, in token order. */
    public List<Dependency> dependencies() {
        return dependencies;
    }

    /** The tokens whose head is the root (one in a well-formed parse). */
    public List<Token> roots() {
        List<Token> out = new ArrayList<>(1);
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** The main predicate: the first root, or null for an empty sentence. */
    public Token root() {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The head of {@code token}, or null when it is a root. */
    public Token head(Token token) {
        int h = heads[require(token)];
        return h < 0 ? null : tokens.get(h);
    }

    /** The relation of {@code token} to its head ({@code root} for the root). */
    public String relation(Token token) {
        return relations[require(token)];
    }

    /**
     * The dependents of {@code token} in sentence order, all of them or those whose relation matches
     * one of {@code relations} (a relation without a subtype matches its subtypes).
     */
    public List<Token> children(Token token, String... relations) {
        List<Token> out = new ArrayList<>();
        for (int c : children[require(token)]) {
            if (relations.length == 0 || matchesAny(this.relations[c], relations)) {
                out.add(tokens.get(c));
            }
        }
        return out;
    }

    /** The first dependent of {@code token} by one of {@code relations}, or null. */
    public Token child(Token token, String... relations) {
        for (int c : children[require(token)]) {
            if (matchesAny(this.relations[c], relations)) {
                return tokens.get(c);
            }
        }
        return null;
    }

    /** {@code token} and everything below it, in sentence order: the phrase it heads. */
    public List<Token> subtree(Token token) {
        boolean[] in = new boolean[tokens.size()];
        int[] stack = new int[tokens.size()];
        int top = 0;
        stack[top++] = require(token);
        while (top > 0) {
            int t = stack[--top];
            if (!in[t]) {
                in[t] = true;
                for (int c : children[t]) {
                    stack[top++] = c;
                }
            }
        }
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /**
     * The active subject of a predicate ({@code nsubj} or {@code csubj}, not their passive subtypes): in
     * "the army said", the army. A predicate without one shares it where UD leaves it implicit: an
     * active conjunct its first conjunct's ("jets struck a building and killed three people"), an open
     * complement its controller, the governor's object if it has one, else its subject ("forced families to
     * flee", "tried to flee"). Null when there is none, or when the predicate is passive.
     */
    public Token subject(Token predicate) {
        int p = require(predicate);
        return passive(p, 0) ? null : argument(p, 0);
    }

    /**
     * The passive subject ({@code nsubj:pass}, {@code csubj:pass}): in "soldiers were killed", the soldiers;
     * shared as {@link #subject} shares it ("was arrested and charged"). Null when there is none, or when
     * the predicate is active.
     */
    public Token passiveSubject(Token predicate) {
        int p = require(predicate);
        return passive(p, 0) ? argument(p, 0) : null;
    }

    /**
     * Whether the predicate is passive: it has a passive subject or auxiliary, or it is a bare past
     * participle conjoined to a passive predicate ("were killed and wounded").
     */
    public boolean isPassive(Token predicate) {
        return passive(require(predicate), 0);
    }

    /**
     * The agent of a passive predicate: the nominal of its "by" phrase ({@code obl:agent}, or an {@code obl}
     * marked by "by"), or null.
     */
    public Token agent(Token predicate) {
        Token marked = child(predicate, "obl:agent", "nmod:agent");
        if (marked != null) {
            return marked;
        }
        if (!isPassive(predicate)) {
            return null;
        }
        for (Token obl : children(predicate, "obl")) {
            for (Token c : children(obl, "case")) {
                if (c.word().equalsIgnoreCase("by")) {
                    return obl;
                }
            }
        }
        return null;
    }

    /** The objects of a predicate ({@code obj}, {@code iobj}), in sentence order: in "shelled the town", the town. */
    public List<Token> objects(Token predicate) {
        return children(predicate, "obj", "iobj");
    }

    /** The token of document index {@code index} in this sentence, or null. */
    public Token token(int index) {
        int p = position(index);
        return p < 0 ? null : tokens.get(p);
    }

    private boolean passive(int p, int depth) {
        int own = ownSubject(p);
        if (own >= 0) {
            return relations[own].endsWith(":pass");
        }
        boolean bareParticiple = true;
        for (int c : children[p]) {
            if (matches(relations[c], "aux:pass")) {
                return true;
            }
            if (matches(relations[c], "aux") || matches(relations[c], "cop")) {
                bareParticiple = false;
            }
        }
        return bareParticiple && depth < tokens.size() && heads[p] >= 0 && matches(relations[p], "conj")
                && "VBN".equals(tokens.get(p).pos()) && passive(heads[p], depth + 1);
    }

    /** The subject of either voice of predicate {@code p}: its own, else its first conjunct's or its controller. */
    private Token argument(int p, int depth) {
        int own = ownSubject(p);
        if (own >= 0) {
            return tokens.get(own);
        }
        if (heads[p] < 0 || depth >= tokens.size()) {
            return null;
        }
        String rel = relations[p];
        if (matches(rel, "conj")) {
            return argument(heads[p], depth + 1);
        }
        if (matches(rel, "xcomp")) {
            Token object = child(tokens.get(heads[p]), "obj", "iobj");
            return object != null ? object : argument(heads[p], depth + 1);
        }
        return null;
    }

    /** The position of predicate {@code p}'s own subject of either voice, or -1. */
    private int ownSubject(int p) {
        for (int c : children[p]) {
            if (matches(relations[c], "nsubj") || matches(relations[c], "csubj")) {
                return c;
            }
        }
        return -1;
    }

    private static boolean matchesAny(String relation, String[] queries) {
        for (String q : queries) {
            if (matches(relation, q)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code relation} is {@code query}, or a subtype of it when the query names none. */
    static boolean matches(String relation, String query) {
        if (relation.equals(query)) {
            return true;
        }
        return query.indexOf(':') < 0 && relation.length() > query.length() && relation.charAt(query.length()) == ':'
                && relation.startsWith(query);
    }

    private int require(Token token) {
        int p = position(token.index());
        if (p < 0 || !tokens.get(p).equals(token)) {
            throw new IllegalArgumentException("token " + token.index() + " is not in sentence " + sentence.index());
        }
        return p;
    }

    /** The position in the sentence of document token index {@code index}, or -1. */
    private int position(int index) {
        if (tokens.isEmpty()) {
            return -1;
        }
        int p = index - tokens.get(0).index();
        if (p >= 0 && p < tokens.size() && tokens.get(p).index() == index) {
            return p;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() == index) {
                return i;
            }
        }
        return -1;
    }

    /** One line a token: position, word, tag, head position (0: root), relation, as CoNLL-U writes them. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            out.append(String.format(Locale.ROOT, "%d\t%s\t%s\t%d\t%s%n", i + 1, t.word(), t.pos(), heads[i] + 1, relations[i]));
        }
        return out.toString();
    }
}

package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;

/**
 * A separate JVM that stores numbered inputs of {@link #ARTICLES_PER_INPUT} articles each, saying
 * "saved N" after each; the crash test kills it with SIGKILL part-way and then runs it again.
 * The inputs are the same every run, so a second run only adds what the first did not finish.
 */
public final class CrashingWriter {

    static final int ARTICLES_PER_INPUT = 20;

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int inputs = Integer.parseInt(args[1]);
        try (ArticleStore store = JdbiArticleStore.open(url)) {
            for (int i = 0; i < inputs; i++) {
                store.save(input(i), Set.of("clean", "entities"), articles(i));
                System.out.println("saved " + i);
                System.out.flush();
            }
        }
    }

    static RawInput input(int i) {
        return new RawInput("input-" + i + ".txt", "text", null, null, null,
                ("input number " + i).getBytes(StandardCharsets.UTF_8));
    }

    static List<Article> articles(int i) {
        List<Article> out = new ArrayList<>();
        for (int a = 0; a < ARTICLES_PER_INPUT; a++) {
            out.add(TestArticles.withEntity(TestArticles.article("in" + i + "-a" + a, "Article " + a + " of input " + i,
                    "2024-10-29"), "Person " + a));
        }
        return out;
    }
}

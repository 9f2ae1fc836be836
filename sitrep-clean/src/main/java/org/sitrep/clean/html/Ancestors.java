package org.sitrep.clean.html;

import org.jsoup.nodes.Element;

/** Bounded looks up the tree: on a page nested 100,000 deep an unbounded look from every element is quadratic. */
final class Ancestors {

    /** How far up a look goes; an article wraps its parts within a few dozen levels. */
    static final int MAX_LEVELS = 40;

    private Ancestors() {
    }

    /** True when an element with this tag name is among the element's nearest ancestors. */
    static boolean has(Element e, String tag) {
        int levels = 0;
        for (Element a = e.parent(); a != null && levels++ < MAX_LEVELS; a = a.parent()) {
            if (a.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }
}

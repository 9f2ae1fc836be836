package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {

    @Test
    void htmlEscapesWhatCouldOpenATagOrCloseAnAttribute() {
        assertThat(Escape.html("<img src=x onerror=\"alert('1')\"> & co"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co");
        assertThat(Escape.html(null)).isEmpty();
    }

    @Test
    void markdownEscapesLinksTagsEmphasisAndCellBreaksAndKeepsOneLine() {
        assertThat(Escape.markdown("[click](javascript:alert(1)) <script>*x*_y_ | `c`\nnext"))
                .isEqualTo("\\[click\\](javascript:alert(1)) \\<script\\>\\*x\\*\\_y\\_ \\| \\`c\\` next");
        assertThat(Escape.markdown("North Korea’s FM, 10,000 troops (about)")).isEqualTo("North Korea’s FM, 10,000 troops (about)");
    }
}

package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void everyBodyCharacterMapsToTheSameInputCharacter() {
        Random random = new Random(11);
        StringBuilder input = new StringBuilder();
        BodyText.Builder body = new BodyText.Builder();
        for (int i = 0; i < 500; i++) {
            input.append("~".repeat(random.nextInt(5))); // dropped furniture between pieces
            String piece = "piece" + i + " text";
            int at = input.length();
            input.append(piece);
            if (body.length() > 0) {
                body.appendSeparator("\n\n");
            }
            body.appendInput(piece, at);
        }
        BodyText text = body.build();
        for (int i = 0; i < text.text().length(); i++) {
            char c = text.text().charAt(i);
            if (c != '\n') {
                assertThat(input.charAt(text.toInput(i))).as("body offset %d", i).isEqualTo(c);
            }
        }
        int start = text.text().indexOf("piece321");
        Span span = text.toInput(start, start + "piece321 text".length());
        assertThat(input.substring(span.start(), span.end())).isEqualTo("piece321 text");
    }
}

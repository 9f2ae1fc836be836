package org.sitrep.ingest;

/** Tells text from binary junk: decoded text full of control characters is not news. */
final class Binary {

    private Binary() {
    }

    static void rejectIfBinary(String text) throws BadInputException {
        if (text.isBlank()) {
            throw new BadInputException("empty input: no text to read");
        }
        int sample = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        if (control > sample / 20) {
            throw new BadInputException("binary data, not text (" + control + " control bytes in the first " + sample + ")");
        }
    }
}

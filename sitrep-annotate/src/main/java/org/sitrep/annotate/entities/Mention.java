package org.sitrep.annotate.entities;

/**
 * One name found in the body, before mentions are grouped into entities.
 *
 * @param sentence index of its sentence
 * @param from     index of its first word in the sentence
 * @param to       index after its last word
 * @param start    body offset of its first character
 * @param end      body offset after its last character
 * @param type     PERSON, ORGANIZATION, GPE, LOCATION, FACILITY, NORP or OTHER
 * @param country  ISO code when the name itself fixes one (a country, a demonym, "South Korea's X")
 * @param role     the title and affiliation written next to it, or null
 * @param nominal  true for a description standing for a name ("the minister"), which is no alias
 */
record Mention(int sentence, int from, int to, int start, int end, String text, String type, String country,
               Role role, boolean nominal) {

    Mention withRole(Role newRole) {
        return new Mention(sentence, from, to, start, end, text, type, country, newRole, nominal);
    }

    Mention withType(String newType) {
        return new Mention(sentence, from, to, start, end, text, newType, country, role, nominal);
    }

    Mention withCountry(String newCountry) {
        return new Mention(sentence, from, to, start, end, text, type, newCountry, role, nominal);
    }

    /**
     * A person's title and affiliation as the text gives them.
     *
     * @param title       "Foreign Minister", "deputy spokesperson"; null when none is written
     * @param affiliation the organisation or country the person speaks or works for, or null
     * @param country     ISO code of that country, or null
     */
    record Role(String title, String affiliation, String country) {
        static final Role NONE = new Role(null, null, null);

        /** This role with gaps filled from {@code other}. */
        Role or(Role other) {
            if (other == null) {
                return this;
            }
            return new Role(title != null ? title : other.title,
                    affiliation != null ? affiliation : other.affiliation,
                    country != null ? country : other.country);
        }

        boolean empty() {
            return title == null && affiliation == null && country == null;
        }
    }
}

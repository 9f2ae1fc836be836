package org.sitrep.annotate.entities;

import org.sitrep.annotate.entities.Mention.Role;

/** The country an organisation belongs to, said just before it: "South Korea's National Intelligence Service", "Afghan Taliban". */
final class OrganizationCountries extends SentenceRule {

    private final Roles roles;

    OrganizationCountries(SentenceWords sentence, Roles roles) {
        super(sentence);
        this.roles = roles;
    }

    /** "South Korea's National Intelligence Service" and "Afghan Taliban" say whose organisation it is. */
    void read() {
        for (int m = 0; m < mentions().size(); m++) {
            Mention org = mentions().get(m);
            if (!org.type().equals("ORGANIZATION") || org.country() != null || org.from() == 0) {
                continue;
            }
            int k = org.from() - 1;
            String code = null;
            if (words.get(k).possessive() && k > 0) {
                code = countryOfWordAt(k - 1);
            } else {
                Role d = roles.demonymEndingAt(k);
                code = d == null ? null : d.country();
            }
            if (code != null) {
                mentions().set(m, org.withCountry(code));
            }
        }
    }

    private String countryOfWordAt(int k) {
        for (Mention m : mentions()) {
            if (m.from() <= k && k < m.to() && m.type().equals("GPE")) {
                return m.country();
            }
        }
        return null;
    }
}

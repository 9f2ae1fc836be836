package org.sitrep.annotate.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The closed word classes the entity reader relies on: words that head a person's title
 * ("minister", "spokesperson"), words that may stand before such a head inside the title
 * ("vice", "foreign", "defense"), and the head nouns that make a capitalised phrase an
 * organisation, a facility or a natural feature. These are English news vocabulary, not names.
 */
public final class Lexicon {

    private Lexicon() {
    }

    private static final Set<String> TITLE_HEADS = Set.of(
            "minister", "secretary", "secretary-general", "under-secretary", "undersecretary", "president",
            "vice-president", "president-elect", "premier", "chancellor", "spokesperson", "spokesman",
            "spokeswoman", "director", "director-general", "leader", "chief", "chairman", "chairwoman",
            "chairperson", "chair", "governor", "mayor", "ambassador", "envoy", "commander", "commander-in-chief",
            "general", "admiral", "colonel", "lieutenant", "captain", "sergeant", "marshal", "brigadier",
            "officer", "official", "analyst", "businessman", "businesswoman", "entrepreneur", "reporter",
            "correspondent", "journalist", "editor", "professor", "researcher", "expert", "lawyer", "attorney",
            "judge", "justice", "senator", "congressman", "congresswoman", "representative", "lawmaker",
            "legislator", "mp", "king", "queen", "prince", "princess", "emperor", "pope", "bishop", "archbishop",
            "imam", "cleric", "mullah", "ceo", "founder", "co-founder", "head", "adviser", "advisor", "aide",
            "commissioner", "coordinator", "negotiator", "diplomat", "executive", "manager", "dictator",
            "activist", "candidate", "nominee", "contender", "challenger", "incumbent", "prosecutor", "inspector", "sheriff", "councillor", "councilman",
            "councilwoman", "counsel", "economist", "scientist", "historian", "author", "writer", "strongman",
            "fm", "pm", "speaker", "deputy", "superintendent", "administrator", "consul", "attaché", "attache",
            "resident", "farmer", "trader", "shopkeeper", "doctor", "teacher", "student", "witness",
            "militant", "fighter", "soldier", "pilot", "engineer", "chairman-elect", "ruler", "monarch",
            "crown", "sultan", "emir", "sheikh", "ayatollah", "rabbi", "priest", "pastor", "cardinal",
            // abbreviated before names
            "rep.", "sen.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "maj.", "adm.", "prof.", "det.", "cmdr.",
            "supt.", "insp.", "cpl.", "pvt.", "amb.", "atty.", "lt.-gen.", "maj.-gen.");

    /** Words that stand before a head inside a title: rank, portfolio, office. */
    private static final Set<String> TITLE_MODIFIERS = Set.of(
            "vice", "deputy", "assistant", "associate", "acting", "interim", "senior", "chief", "foreign",
            "defense", "defence", "interior", "home", "finance", "economy", "economic", "trade", "commerce",
            "health", "justice", "education", "energy", "environment", "agriculture", "labor", "labour",
            "transport", "transportation", "culture", "information", "security", "intelligence", "prime",
            "state", "attorney", "executive", "managing", "first", "principal", "special", "permanent",
            "homeland", "treasury", "unification", "communications", "press", "opposition", "presidential",
            "supreme", "regional", "provincial", "district", "army", "navy", "police", "military", "affairs",
            "development", "industry", "science", "technology", "immigration", "housing", "women's",
            "general", "lieutenant", "major", "brigadier", "rear", "field", "national", "legal", "political",
            "crown", "foreign-policy", "cabinet", "party", "government", "ministry", "embassy", "white", "house");

    /** Modifiers that describe the person rather than the office; they never enter a title. */
    private static final Set<String> DESCRIPTIVE = Set.of("political", "military", "legal", "national",
            "government", "party", "ministry", "embassy", "white", "house", "cabinet", "regional");

    /** Honorifics that precede names but are neither name nor title. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sir", "dame", "madam");

    private static final Set<String> ORGANIZATION_HEADS = Set.of(
            "agency", "council", "service", "services", "force", "ministry", "army", "bureau", "commission", "committee",
            "party", "front", "court", "bank", "fund", "organization", "organisation", "union", "association",
            "institute", "institution", "university", "college", "corporation", "company", "forces", "police",
            "guard", "guards", "office", "department", "parliament", "assembly", "congress", "senate",
            "authority", "administration", "federation", "foundation", "network", "movement", "brigade",
            "brigades", "battalion", "corps", "navy", "command", "tribunal", "cabinet", "secretariat",
            "directorate", "league", "alliance", "coalition", "society", "board", "academy", "group",
            "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "agency's", "programme", "program", "mission",
            "observatory", "watch", "international", "cross", "crescent", "times", "post", "news", "herald",
            "telegraph", "journal", "tribune", "gazette", "broadcasting", "television", "radio", "center", "centre",
            "museum", "school", "hospital", "clinic");

    private static final Set<String> FACILITY_HEADS = Set.of(
            "gate", "airport", "airbase", "bridge", "base", "stadium", "palace", "crossing", "dam",
            "station", "square", "tower", "prison", "embassy", "consulate", "mosque", "church", "cathedral",
            "temple", "synagogue", "hotel", "plant", "refinery", "port", "harbor", "harbour", "terminal",
            "highway", "road", "street", "avenue", "camp", "checkpoint", "building", "mall", "market", "complex",
            "reactor", "facility", "compound");

    private static final Set<String> FEATURE_HEADS = Set.of(
            "river", "sea", "ocean", "mountains", "mountain", "mount", "valley", "strait", "straits", "gulf",
            "peninsula", "desert", "lake", "island", "islands", "line", "corridor", "basin", "plateau", "coast",
            "bay", "canal", "range", "pass", "delta", "forest", "heights", "hills", "plain", "plains");

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Group adjectives that are not demonyms of a country: religions, political currents. */
    private static final Set<String> GROUP_ADJECTIVES = Set.of("muslim", "muslims", "christian", "christians",
            "islamist", "islamists", "sunni", "sunnis", "shia", "shiite", "shiites", "jewish", "jews", "hindu",
            "hindus", "buddhist", "buddhists", "catholic", "catholics", "protestant", "protestants", "orthodox",
            "evangelical", "kurdish", "kurds", "pashtun", "pashtuns", "baloch", "uyghur", "uyghurs", "tamil",
            "tamils", "arab", "arabs", "palestinian", "palestinians", "democrat", "democrats", "republican",
            "republicans", "communist", "communists", "socialist", "socialists", "conservative", "conservatives");

    /** Words in capitals that name no organisation: time zones, units, formats. */
    private static final Set<String> NOT_ORGANIZATIONS = Set.of("EST", "EDT", "CST", "CDT", "PST", "PDT", "GMT", "UTC",
            "CET", "CEST", "BST", "IST", "JST", "KST", "AM", "PM", "KM", "KG", "MPH", "TV", "CD", "DVD", "PDF", "OK",
            "AIDS", "HIV", "COVID", "GDP", "CEO", "CFO", "MVP", "DNA", "ID", "USD", "EUR", "BMX", "FAQ");

    /** Two-letter country abbreviations news writes as names (unlike most ISO codes: "DJ" is no country). */
    private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("US", "U.S.", "UK", "U.K.");

    static boolean notAnOrganization(String capitals) {
        return NOT_ORGANIZATIONS.contains(capitals);
    }

    static boolean countryAbbreviation(String capitals) {
        return COUNTRY_ABBREVIATIONS.contains(capitals);
    }

    static boolean titleHead(String word) {
        return TITLE_HEADS.contains(key(word));
    }

    static boolean titleModifier(String word) {
        return TITLE_MODIFIERS.contains(key(word));
    }

    /** Whether a modifier only describes the person ("political analyst"): kept out of the title. */
    static boolean descriptive(String word) {
        return DESCRIPTIVE.contains(key(word));
    }

    static boolean titleWord(String word) {
        return titleHead(word) || titleModifier(word);
    }

    static boolean honorific(String word) {
        return HONORIFICS.contains(key(word));
    }

    static boolean organizationHead(String word) {
        return ORGANIZATION_HEADS.contains(key(word));
    }

    static boolean facilityHead(String word) {
        return FACILITY_HEADS.contains(key(word));
    }

    static boolean featureHead(String word) {
        return FEATURE_HEADS.contains(key(word));
    }

    static boolean calendar(String word) {
        return CALENDAR.contains(key(word));
    }

    /**
     * Words after a place's name that make the whole the name of a disease or of a pathogen's strain: "West Nile virus",
     * "Lassa fever", "the Reston strain".
     */
    private static final Set<String> DISEASE_WORDS = Set.of("virus", "viruses", "ebolavirus", "fever", "flu",
            "influenza", "disease", "encephalitis", "syndrome", "strain", "strains", "variant");

    /**
     * Pathogens NER takes for places ("infected with Salmonella"); not those named after a place news also names as
     * one (Marburg, Lassa).
     */
    private static final Set<String> PATHOGENS = Set.of("salmonella", "listeria", "legionella", "shigella",
            "campylobacter", "ebola", "zika", "e coli", "e. coli");

    /** Whether a name NER tagged is a pathogen's. */
    static boolean pathogen(String name) {
        return PATHOGENS.contains(key(name));
    }

    /** Also read by the geo stage, which finds place names the entities stage did not. */
    public static boolean diseaseWord(String word) {
        return DISEASE_WORDS.contains(key(word));
    }

    static boolean groupAdjective(String word) {
        return GROUP_ADJECTIVES.contains(key(word));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}

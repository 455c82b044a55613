package io.github.sitrep.parser.internal.entity;

import java.util.Set;

/**
 * Closed classes of English words the entity rules lean on: particles of Arabic and other
 * names, the head nouns of force, organisation and place names, and words that start
 * sentences without starting names. All lower case; compare with {@link Tokens#key(int)}.
 */
final class Words {

  private Words() {}

  static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Lower-case particles inside personal and place names: al-Assad, bin Salman, Deir ez-Zor. */
  static final Set<String> PARTICLES = set("al", "el", "ad", "ar", "as", "ash", "at", "az",
      "ed", "er", "es", "ez", "bin", "ibn", "bint", "ben", "bou", "abu", "abou", "da", "de",
      "del", "della", "der", "di", "du", "la", "le", "van", "von", "ul", "wal", "wa");

  /** Name suffixes: Paul E. Funk II, Martin Luther King Jr. */
  static final Set<String> SUFFIXES = set("ii", "iii", "iv", "jr", "sr");

  /** Last words that make a name an armed force: Syrian Democratic Forces, Wagner Group. */
  static final Set<String> FORCE_HEADS = set("forces", "force", "army", "armies", "units",
      "rifles", "fusiliers", "lancers", "hussars",
      "staff", "headquarters",
      "brigade", "brigades", "battalion", "battalions", "regiment", "division", "corps",
      "militia", "militias", "front", "guard", "guards", "legion", "command", "mobilization",
      "mobilisation", "committees", "navy", "marines", "gendarmerie", "police", "commandos",
      "rangers", "coalition");

  /** Head words of militias' names: Popular Mobilization, Popular Committees. */
  static final Set<String> MILITIA_HEADS = set("militia", "militias", "mobilization",
      "mobilisation", "committees");

  /** Words in a force name that make it a coalition: Combined Joint Task Force. */
  static final Set<String> COALITION_WORDS = set("coalition", "combined", "joint",
      "multinational", "alliance", "international", "allied", "nato");

  /** Last words of a state force's name after a country or demonym: Iraqi Army. */
  static final Set<String> STATE_FORCE_HEADS = set("army", "navy", "police", "gendarmerie",
      "staff", "headquarters",
      "marines", "guard", "guards", "command", "corps", "military");

  /** Middle words of a state force's name: Iraqi Security Forces, Israel Defense Forces. */
  static final Set<String> STATE_FORCE_WORDS = set("security", "armed", "defense",
      "defence", "national", "federal", "air", "special", "border", "republican", "presidential",
      "counter", "counterterrorism", "coast", "royal", "self", "ground", "land", "naval",
      "government", "state");

  /** Last words that make a name a non-armed organisation: Ministry, Council, Cell. */
  static final Set<String> ORG_HEADS = set("ministry", "office", "council", "agency",
      "committee", "commission", "authority", "directorate", "department", "cell", "center",
      "centre", "bureau", "organization", "organisation", "union", "party", "parliament",
      "government", "court", "mission", "institute", "university", "foundation", "network",
      "observatory", "assembly", "secretariat", "cabinet", "presidency", "administration",
      "league", "federation", "association", "society", "fund", "programme", "program",
      "watch", "crescent", "cross", "group", "movement", "congress", "senate",
      "house", "embassy", "consulate", "service", "services");

  /** Words that make an organisation a news outlet: Rudaw English, Al Jazeera TV. */
  static final Set<String> MEDIA_WORDS = set("news", "english", "arabic", "tv",
      "television", "radio", "times", "post", "journal", "press", "daily", "tribune",
      "herald", "gazette", "channel", "media", "24", "telegraph", "guardian", "observer");

  /** Head words that may be followed by "of"/"for" and more name: Ministry of Defence. */
  static final Set<String> CONNECTING_HEADS = set("ministry", "minister", "council",
      "staff", "headquarters", "volunteers", "commissioner", "centre", "institute",
      "government", "reconciliation", "office", "ombudsman",
      "state", "coalition", "union", "army", "front", "organisation", "organization",
      "committee", "observatory", "office", "department", "court", "league", "movement",
      "party", "forces", "force", "commission", "authority", "bank", "people", "republic",
      "kingdom", "emirate", "islamic", "army", "guardians", "partisans", "supporters",
      "defenders", "soldiers", "brigade", "brigades", "battalion", "directorate", "agency",
      "institute", "secretary", "mujahideen", "group", "assembly", "federation", "center",
      "centre", "mission", "bureau", "administration", "unit", "units");

  /** Connectors allowed inside organisation names after a connecting head. */
  static final Set<String> CONNECTORS = set("of", "for", "and", "to", "against", "in");

  /** Lower-case nouns for a state's forces after a demonym: Iraqi forces, Malian army. */
  static final Set<String> FORCE_NOUNS = set("forces", "force", "troops", "army",
      "soldiers", "military", "police", "policemen", "militia", "militias", "navy",
      "gendarmerie", "gendarmes", "paramilitaries", "marines", "commandos", "guards",
      "servicemen", "units", "instructors", "advisers", "advisors", "mercenaries", "contractors", "personnel",
      "peacekeepers", "paratroopers");

  /** Lower-case words between a demonym and a force noun: Iraqi security forces. */
  static final Set<String> FORCE_MODIFIERS = set("security", "government", "regime",
      "armed", "defense", "defence", "special", "ground", "military", "federal", "national",
      "elite", "regular", "border", "air", "naval", "coalition", "state", "army", "riot",
      "counterterrorism", "counter-terrorism", "interior", "police", "backed", "allied",
      "loyalist", "pro-government", "occupation", "peacekeeping", "frontline", "combat",
      "reconnaissance", "assault", "marine", "infantry");

  /** Lower-case nouns for people in the plural, which can head a list of names. */
  static final Set<String> PERSON_PLURALS = set("members", "commanders", "leaders",
      "officials", "officers", "figures", "ministers", "generals", "representatives",
      "delegates", "envoys", "chiefs", "fighters", "people", "politicians", "lawmakers",
      "journalists", "activists", "militants", "soldiers", "men", "women", "victims",
      "detainees", "prisoners", "hostages", "negotiators", "diplomats", "heads");

  /** Words that introduce the members of a list. */
  static final Set<String> LIST_CUES = set("including", "includes", "included", "namely");

  /** Reporting words next to which a capitalised run is a speaker. */
  static final Set<String> SPEECH_VERBS = set("said", "says", "told", "added", "stated",
      "explained", "noted", "warned", "claimed", "announced", "declared", "insisted",
      "stressed", "confirmed", "denied", "wrote", "tweeted", "argued", "asked", "urged");

  /** Lower-case role nouns that may follow "a"/"the" in an apposition: X, a spokesman for Y. */
  static final Set<String> ROLE_NOUNS = set("spokesman", "spokeswoman", "spokesperson",
      "commander", "official", "leader", "member", "head", "chief", "director", "analyst",
      "researcher", "resident", "witness", "fighter", "activist", "journalist", "minister",
      "governor", "mayor", "officer", "general", "colonel", "representative", "adviser",
      "advisor", "envoy", "deputy", "president", "secretary", "ambassador", "lawmaker",
      "politician", "founder", "co-founder", "chairman", "chairwoman", "professor", "expert",
      "fellow", "correspondent", "reporter", "editor", "militant", "soldier", "elder",
      "cleric", "imam", "doctor", "surgeon", "nurse", "teacher", "farmer", "father", "mother",
      "brother", "sister", "son", "daughter", "assistant", "aide", "coordinator", "negotiator",
      "emir", "sheikh", "senator", "diplomat", "prosecutor", "judge", "lawyer",
      "administrator", "shopkeeper", "trader", "operative", "driver", "student", "vendor",
      "merchant", "worker", "engineer", "survivor", "villager", "herder", "pastor", "priest",
      "councillor", "councilor", "lecturer", "scholar", "economist", "historian", "physician",
      "paramedic", "volunteer", "photographer", "commissioner", "inspector", "agent",
      "mediator", "official", "leader", "specialist", "strategist", "consultant", "manager",
      "owner", "mechanic", "fisherman", "chairperson", "secretary-general", "undersecretary",
      "head", "boss", "ex-commander", "defector", "informant", "smuggler", "relative",
      "cousin", "uncle", "wife", "husband", "widow", "neighbour", "neighbor", "colleague");

  /** Words that make a following name a news outlet: told X, X reported. */
  static final Set<String> OUTLET_VERBS = set("told", "reported", "quoted", "cited");

  /** Capitalised words that start sentences (or stand alone) without being names. */
  static final Set<String> STOP = set("the", "a", "an", "this", "that", "these", "those",
      "in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "and", "but", "or",
      "nor", "so", "yet", "if", "while", "when", "where", "after", "before", "since", "as",
      "although", "though", "because", "during", "until", "despite", "meanwhile", "however",
      "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
      "your", "there", "here", "some", "many", "most", "all", "both", "each", "every", "other",
      "another", "such", "no", "not", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "several", "few", "more", "less", "also", "then", "now", "yet",
      "still", "even", "just", "only", "over", "under", "about", "around", "across", "near",
      "local", "according", "asked", "speaking", "earlier", "later", "last",
      "next", "first", "second", "third", "what", "who", "whom", "which", "why", "how",
      "among", "between", "against", "into", "through", "within", "toward", "towards",
      "upon", "amid", "via", "per", "mr", "mrs", "ms", "dr", "sir", "today", "yesterday",
      "tomorrow", "tonight", "thursday", "friday", "saturday", "sunday", "monday", "tuesday",
      "wednesday", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm", "gmt", "utc", "is",
      "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "may",
      "might", "must", "do", "does", "did", "has", "have", "had", "yes", "please", "thank",
      "thanks", "dear", "following", "including", "unlike", "like", "once", "whether",
      "except", "beyond", "above", "below", "up", "down", "out", "off", "back", "again",
      "very", "too", "already", "not", "never", "always", "often", "sometimes", "ago",
      "breaking", "update", "updated", "read", "watch", "photo", "video", "editing",
      "reporting", "writing", "additional");

  /** Compass words: they start place and force names, never persons' names. */
  static final Set<String> DIRECTIONS = set("north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
      "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper",
      "lower", "greater");

  /** Weekdays and months: never part of a name. */
  static final Set<String> CALENDAR = set("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept",
      "oct", "nov", "dec");

  /** Abbreviations whose full stop does not end a sentence. */
  static final Set<String> ABBREVIATIONS = set("gen", "lt", "col", "maj", "capt", "cpt",
      "sgt", "brig", "adm", "cmdr", "cdr", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof",
      "gov", "sen", "rep", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "pvt", "cpl", "gens", "rev",
      "hon", "amb", "pres", "sec", "supt", "insp", "fr");
}

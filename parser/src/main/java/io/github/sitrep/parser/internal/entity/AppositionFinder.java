package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import java.util.List;
import java.util.Set;

/**
 * Names described by an apposition. After the name: "Mustafa Ali Bali, a spokesman for the
 * SDF," or "Gul Mohammad, a shopkeeper whose store ..." make persons, "Boni, a town on the
 * main road" a place. Before the name: "A spokesman for the SSA, Mohamed al-Tarhouni,
 * accused ..." and "Its chief negotiator, Aureliano Carvajal, wrote". The role phrase becomes
 * the role; a force or organisation in it the affiliation; a demonym in it the country.
 */
final class AppositionFinder implements Finder {

  static final int TIER = 38;
  private static final int MAX_ROLE_TOKENS = 14;
  private static final Set<String> DETERMINERS = Words.set("a", "an", "the", "his", "her", "its",
      "their", "our", "whose");
  /** Nouns of an apposition that make the name before it a place. */
  static final Set<String> PLACE_NOUNS = Words.set("town", "city", "village", "district",
      "region", "province", "area", "hub", "stronghold", "suburb", "neighbourhood",
      "neighborhood", "settlement", "capital", "port", "county", "locality", "oasis");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int r = 0; r < scan.size(); r++) {
      if (!scan.runs().startsAt(r)) {
        continue;
      }
      int first = PersonNames.afterRankAbbreviation(scan, TitlePersonFinder.chainEnd(scan, r));
      int e = PersonNames.read(scan, first);
      if (e > first && t.isPunct(e, ',')) {
        after(scan, r, first, e, out);
      }
      if (e > first && PersonNames.words(scan, first, e) >= 2 && t.isPunct(r - 1, ',')
          && (t.isPunct(e, ',') || t.isPunct(e, '.') || speech(t, e))) {
        before(scan, r, first, e, out);
      }
    }
  }

  private static boolean speech(Tokens t, int k) {
    return t.isLower(k) && Words.SPEECH_VERBS.contains(t.key(k));
  }

  /** "NAME, a spokesman for Y", "NAME, a town in Z". */
  private static void after(Scan scan, int r, int first, int e, List<Candidate> out) {
    Tokens t = scan.tokens;
    int k = e + 1;
    if ((t.is(k, "who") || t.is(k, "whose")) && PersonNames.words(scan, first, e) >= 2) {
      Candidate c = person(scan, r, first, e, k, k);
      c.role = null;
      out.add(c);
      return;
    }
    boolean determiner = DETERMINERS.contains(t.key(k)) && t.isLower(k);
    int phrase = determiner ? k + 1 : k;
    int aged = agedClause(t, e);
    if (aged > e) {
      phrase = DETERMINERS.contains(t.key(aged + 1)) ? aged + 2 : aged + 1;
      determiner = true;
    }
    int noun = noun(scan, phrase);
    if (noun < 0) {
      return;
    }
    boolean place = PLACE_NOUNS.contains(t.key(noun));
    if (place && t.isLower(noun)) {
      out.add(place(scan, first, e, t.key(noun)));
    } else if (!place && PersonNames.words(scan, first, e) >= 2
        && (Words.ROLE_NOUNS.contains(t.key(noun)) || determiner && t.isLower(phrase))) {
      out.add(person(scan, r, first, e, phrase, clauseEnd(scan, noun)));
    }
  }

  /** ", aged 24," after a name: the comma that closes it, or {@code e}. */
  private static int agedClause(Tokens t, int e) {
    if (t.isDigits(e + 1) && t.isPunct(e + 2, ',')) {
      return e + 2;
    }
    return t.is(e + 1, "aged") && t.isDigits(e + 2) && t.isPunct(e + 3, ',') ? e + 3 : e;
  }

  /** @return the role or place noun of the phrase within eight tokens, or its first word, or -1 */
  private static int noun(Scan scan, int phrase) {
    Tokens t = scan.tokens;
    for (int k = phrase; k < phrase + 8 && k < scan.size(); k++) {
      if (t.isPunct(k, ',') || t.isPunct(k, '.') || t.isPunct(k, ';')) {
        return -1;
      }
      if (t.isLower(k) && (Words.ROLE_NOUNS.contains(t.key(k)) || PLACE_NOUNS.contains(t.key(k)))) {
        return k;
      }
    }
    return t.isLower(phrase) ? phrase : -1;
  }

  /** "A spokesman for the SSA, NAME," : the clause before the comma names a role. */
  private static void before(Scan scan, int r, int first, int e, List<Candidate> out) {
    Tokens t = scan.tokens;
    int comma = r - 1;
    int start = comma;
    int role = -1;
    while (start > 0 && comma - start < 10 && !t.isPunct(start - 1, ',')
        && !t.isPunct(start - 1, '.') && !t.isPunct(start - 1, ';') && !scan.sentenceStart(start)
        && !t.isPunct(start - 1, '"') && !speech(t, start - 1)) {
      start--;
      if (t.isLower(start) && Words.ROLE_NOUNS.contains(t.key(start))) {
        role = start;
      }
    }
    if (role < 0 || PLACE_NOUNS.contains(t.key(role))) {
      return;
    }
    int phrase = DETERMINERS.contains(t.key(start)) ? start + 1 : start;
    out.add(person(scan, r, first, e, phrase, comma));
  }

  private static Candidate person(Scan scan, int r, int first, int end, int phraseStart,
      int phraseEnd) {
    Tokens t = scan.tokens;
    Candidate c = new Candidate(scan, first, end, Candidate.Type.PERSON, "apposition");
    c.tier = TIER;
    TitlePersonFinder.addTitles(scan, r, first, c);
    if (c.titles.isEmpty() && first > r) {
      c.titles.add(scan.textOf(r, first));
    }
    c.role = phraseEnd > phraseStart ? scan.textOf(phraseStart, phraseEnd) : null;
    for (int k = phraseStart; k < phraseEnd; k++) {
      c.military |= t.isLower(k) && TitlePersonFinder.MILITARY_WORDS.contains(t.key(k));
      Demonym d = scan.demonym(k) == null ? null : scan.demonym(k).values().get(0);
      if (d != null) {
        c.country = d.country().orElse(c.country);
      } else if (c.affiliationAt < 0 && (t.isCapitalised(k) || t.isAllCaps(k))) {
        c.affiliationAt = t.start(k);
      }
    }
    return c;
  }

  private static Candidate place(Scan scan, int first, int end, String noun) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.PLACE, "apposition");
    c.tier = LocativeFinder.TIER + 1;
    PlaceKind kind = PlaceWords.kindOf(noun);
    c.placeKind = kind == null || noun.equals("capital") || noun.equals("port")
        ? PlaceKind.CITY : kind;
    return c;
  }

  private static int clauseEnd(Scan scan, int noun) {
    Tokens t = scan.tokens;
    int k = noun + 1;
    int limit = Math.min(scan.size(), noun + MAX_ROLE_TOKENS);
    while (k < limit && !t.isPunct(k, ',') && !t.isPunct(k, '.') && !t.isPunct(k, ';')
        && !t.isPunct(k, '"') && !t.isPunct(k, '(') && !scan.sentenceStart(k)
        && !t.is(k, "who") && !t.is(k, "whose") && !t.is(k, "which") && !speech(t, k)) {
      k++;
    }
    return k;
  }
}

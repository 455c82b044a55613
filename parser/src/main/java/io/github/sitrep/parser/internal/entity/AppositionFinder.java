package io.github.sitrep.parser.internal.entity;

import java.util.List;

/**
 * Persons described by an apposition: "Mustafa Bali, a spokesman for the SDF," or "Ali
 * Hassan, the group's commander". The role phrase becomes the role; a force or organisation
 * in it the affiliation; a demonym in it the country.
 */
final class AppositionFinder implements Finder {

  static final int TIER = 38;
  private static final int MAX_ROLE_TOKENS = 14;

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int r = 0; r < scan.size(); r++) {
      if (!scan.runs().startsAt(r)) {
        continue;
      }
      int e = PersonNames.read(scan, r);
      if (e > r && PersonNames.words(scan, r, e) >= 2 && t.isPunct(e, ',')) {
        int roleNoun = roleNoun(scan, e + 1);
        if (roleNoun > 0) {
          out.add(person(scan, r, e, roleNoun));
        }
      }
    }
  }

  /** @return the role noun of an apposition starting at {@code i}, or -1 */
  private static int roleNoun(Scan scan, int i) {
    Tokens t = scan.tokens;
    int k = t.is(i, "a") || t.is(i, "an") || t.is(i, "the") ? i + 1 : i;
    for (int n = 0; n < 5 && k < scan.size(); n++, k++) {
      if (t.isLower(k) && Words.ROLE_NOUNS.contains(t.key(k))) {
        return k;
      }
      if (t.isPunct(k, ',') || t.isPunct(k, '.') || t.isPunct(k, ';')) {
        return -1;
      }
    }
    return -1;
  }

  private static Candidate person(Scan scan, int first, int end, int noun) {
    Tokens t = scan.tokens;
    Candidate c = new Candidate(scan, first, end, Candidate.Type.PERSON, "apposition");
    c.tier = TIER;
    int phraseStart = end + 1;
    if (t.is(phraseStart, "a") || t.is(phraseStart, "an") || t.is(phraseStart, "the")) {
      phraseStart++;
    }
    int phraseEnd = clauseEnd(scan, noun);
    c.role = scan.textOf(phraseStart, phraseEnd);
    c.military = TitlePersonFinder.MILITARY.contains(t.key(noun)) || t.is(noun, "general")
        || t.is(noun, "officer") || t.is(noun, "colonel") || t.is(noun, "fighter");
    for (int k = phraseStart; k < phraseEnd; k++) {
      Demonym d = scan.demonym(k) == null ? null : scan.demonym(k).values().get(0);
      if (d != null) {
        c.country = d.country().orElse(c.country);
      } else if (c.affiliationAt < 0 && (t.isCapitalised(k) || t.isAllCaps(k))) {
        c.affiliationAt = t.start(k);
      }
    }
    return c;
  }

  private static int clauseEnd(Scan scan, int noun) {
    Tokens t = scan.tokens;
    int k = noun + 1;
    int limit = Math.min(scan.size(), noun + MAX_ROLE_TOKENS);
    while (k < limit && !t.isPunct(k, ',') && !t.isPunct(k, '.') && !t.isPunct(k, ';')
        && !t.isPunct(k, '"') && !t.isPunct(k, '(') && !scan.sentenceStart(k)
        && !(t.isLower(k) && Words.SPEECH_VERBS.contains(t.key(k)))) {
      k++;
    }
    return k;
  }
}

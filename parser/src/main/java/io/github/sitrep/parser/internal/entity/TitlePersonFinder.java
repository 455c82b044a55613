package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.lexicon.TitleEntry;
import io.github.sitrep.parser.lexicon.TitleKind;
import java.util.List;
import java.util.Set;

/**
 * Persons named after titles and ranks: "Lt. Gen. Paul E. Funk II", "Iraqi Prime Minister
 * Haider al-Abadi", "commander Qasim Mohammed Saleh", "SDF spokesman Mustafa Bali". What
 * stands before the titles gives the person's country ("Iraqi", "Russia's") or affiliation
 * ("SDF", "the Pentagon's").
 */
final class TitlePersonFinder implements Finder {

  static final int TIER = 40;

  /** Words of a role phrase that say the person serves in a force. */
  static final Set<String> MILITARY_WORDS = Words.set("commander", "general", "officer",
      "colonel", "fighter", "soldier", "militant", "commando", "sergeant", "captain",
      "lieutenant", "major", "operative", "sniper", "pilot");

  /** Title words that say the person serves in a force. */
  static final Set<String> MILITARY = Words.set("commander", "deputy commander", "field commander",
      "chief of staff", "army chief", "commander-in-chief", "supreme commander",
      "military spokesman");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    roleNouns(scan, out);
    int i = 0;
    while (i < scan.size()) {
      int chainEnd = chainEnd(scan, i);
      if (chainEnd > i) {
        int nameEnd = PersonNames.read(scan, chainEnd);
        if (nameEnd > chainEnd) {
          out.add(person(scan, i, chainEnd, nameEnd));
        }
        i = chainEnd;
      } else {
        i++;
      }
    }
  }

  /**
   * A role noun no title list holds, before a name of two words or more: "journalist Ahmed
   * Nur", "local resident Fatima Ali Said".
   */
  private static void roleNouns(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int i = 0; i + 1 < scan.size(); i++) {
      if (!t.isLower(i) || !Words.ROLE_NOUNS.contains(t.key(i)) || scan.title(i) != null) {
        continue;
      }
      int first = chainEnd(scan, i + 1);
      int end = PersonNames.read(scan, first);
      if (end > first && PersonNames.words(scan, first, end) >= 2) {
        Candidate c = new Candidate(scan, first, end, Candidate.Type.PERSON, "role-noun");
        c.tier = TIER - 2;
        c.role = t.surface(i);
        addTitles(scan, i + 1, first, c);
        c.military |= MILITARY_WORDS.contains(t.key(i));
        Prefixes.apply(scan, i, c);
        out.add(c);
      }
    }
  }

  /** @return the token after the titles that start at {@code i}, or {@code i} if none */
  static int chainEnd(Scan scan, int i) {
    int j = i;
    TokenTrie.Match<TitleEntry> m = scan.title(j);
    while (m != null && m.end() - i < 12) {
      j = m.end();
      m = scan.title(j);
    }
    return j;
  }

  private static Candidate person(Scan scan, int chainStart, int chainEnd, int nameEnd) {
    Candidate c = new Candidate(scan, chainEnd, nameEnd, Candidate.Type.PERSON, "title");
    c.tier = TIER;
    Prefixes.apply(scan, chainStart, c);
    int j0 = chainStart;
    if (relativeRole(scan, chainStart)) {
      TokenTrie.Match<TitleEntry> m = scan.title(chainStart);
      c.role = scan.textOf(chainStart, m.end());
      c.roleOfPrevious = true;
      j0 = m.end();
    }
    for (int j = j0; j < chainEnd; ) {
      TokenTrie.Match<TitleEntry> m = scan.title(j);
      TitleEntry title = m.values().get(0);
      c.titles.add(scan.textOf(j, m.end()));
      c.military |= title.getKind() == TitleKind.RANK
          || MILITARY.contains(title.getCanonical().toLowerCase(java.util.Locale.ROOT));
      j = m.end();
    }
    return c;
  }

  /** Adds the titles of {@code [from, to)} to a person found by another rule. */
  static void addTitles(Scan scan, int from, int to, Candidate c) {
    for (int j = from; j < to; ) {
      TokenTrie.Match<TitleEntry> m = scan.title(j);
      if (m == null) {
        return;
      }
      c.titles.add(scan.textOf(j, m.end()));
      c.military |= m.values().get(0).getKind() == TitleKind.RANK;
      j = m.end();
    }
  }

  /** "his assistant Gen. X": a lower-case title after "his" or "her" relates X to another. */
  private static boolean relativeRole(Scan scan, int chainStart) {
    Tokens t = scan.tokens;
    return t.isLower(chainStart) && (t.is(chainStart - 1, "his") || t.is(chainStart - 1, "her"))
        && scan.title(chainStart).end() < TitlePersonFinder.chainEnd(scan, chainStart);
  }
}

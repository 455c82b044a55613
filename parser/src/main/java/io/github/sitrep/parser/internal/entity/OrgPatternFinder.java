package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.lexicon.EntryType;
import io.github.sitrep.parser.lexicon.LexiconEntry;
import io.github.sitrep.parser.lexicon.OrganisationKind;
import java.util.List;
import java.util.Set;

/**
 * Organisations named in lower case: ministries by their subject ("the health ministry",
 * "Russia's defence ministry"), governments ("the Somali government", "the government",
 * "the Taliban administration"), and parliaments of places ("the Kurdistan parliament").
 */
final class OrgPatternFinder implements Finder {

  static final int TIER = 19;
  private static final Set<String> SUBJECTS = Words.set("health", "defence", "defense",
      "interior", "foreign", "finance", "justice", "information", "education", "oil",
      "water", "agriculture", "economy", "trade", "energy", "culture", "transport", "labour",
      "labor", "religious", "planning", "displacement", "migration", "humanitarian",
      "communications", "security", "electricity", "housing", "irrigation", "peshmerga");
  private static final Set<String> GOVERNING = Words.set("government", "administration",
      "parliament", "cabinet");
  /** Words between a place and "administration": "Dnipropetrovsk regional military administration". */
  static final Set<String> ADMIN_MODIFIERS = Words.set("regional", "military", "civil",
      "city", "provincial", "district", "local", "state", "municipal", "interim",
      "transitional");
  /** Words after "government" that make it a modifier: "government forces". */
  private static final Set<String> NOT_AFTER = Words.set("forces", "troops", "soldiers",
      "spokesman", "spokeswoman", "spokesperson", "officials", "official", "source",
      "sources", "army", "military", "offices", "buildings", "building", "employees",
      "workers", "positions", "control", "troop", "jets", "aircraft", "statement", "media",
      "critics", "supporters", "figures", "data", "ministers", "minister", "delegation");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int i = 1; i < scan.size(); i++) {
      if (!t.isLower(i) || t.isLower(i + 1) && NOT_AFTER.contains(t.key(i + 1))) {
        continue;
      }
      if (t.is(i, "ministry") && SUBJECTS.contains(t.key(i - 1)) && t.isLower(i - 1)) {
        out.add(organisation(scan, i - 1, i + 1, OrganisationKind.MINISTRY));
      } else if (GOVERNING.contains(t.key(i)) && !t.isJoiner(i + 1)) {
        Candidate c = governing(scan, i);
        if (c != null) {
          out.add(c);
        }
      }
    }
  }

  private static Candidate governing(Scan scan, int i) {
    Tokens t = scan.tokens;
    TokenTrie.Match<Demonym> d = demonymEndingAt(scan, i);
    LexiconEntry e = Prefixes.entryEndingAt(scan, i);
    if (d != null && d.values().get(0).country().isPresent()) {
      Candidate c = organisation(scan, d.first(), i + 1, OrganisationKind.GOVERNMENT);
      c.country = d.values().get(0).country().get();
      c.generic = !t.is(i, "parliament");
      return c;
    }
    int k = i;
    while (k > i - 3 && t.isLower(k - 1) && ADMIN_MODIFIERS.contains(t.key(k - 1))) {
      k--;
    }
    if (k < i) {
      e = Prefixes.entryEndingAt(scan, k);
    }
    if (e != null && (e.getType() == EntryType.FORCE || e.getType() == EntryType.PLACE)) {
      int first = Prefixes.startOfEntryEndingAt(scan, k);
      Candidate c = organisation(scan, first, i + 1, OrganisationKind.GOVERNMENT);
      c.country = e.getCountry().orElse(null);
      c.generic = e.getType() == EntryType.FORCE && !t.is(i, "parliament");
      c.container = true;
      return c;
    }
    if (t.is(i - 1, "the") && t.is(i, "government")) {
      Candidate c = organisation(scan, i, i + 1, OrganisationKind.GOVERNMENT);
      c.generic = true;
      c.needsCountry = true;
      return c;
    }
    return null;
  }

  private static TokenTrie.Match<Demonym> demonymEndingAt(Scan scan, int end) {
    for (int k = Math.max(0, end - 3); k < end; k++) {
      TokenTrie.Match<Demonym> m = scan.demonym(k);
      if (m != null && m.end() == end) {
        return m;
      }
    }
    return null;
  }

  private static Candidate organisation(Scan scan, int first, int end, OrganisationKind kind) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.ORGANISATION, "org-pattern");
    c.tier = TIER;
    c.orgKind = kind;
    String possessor = HeadNounFinder.possessiveCountry(scan, first);
    if (possessor != null) {
      c.country = possessor;
      c.qualifiedName = scan.textOf(Prefixes.startOfEntryEndingAt(scan, first - 2), end);
    }
    return c;
  }
}

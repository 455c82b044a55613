package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.lexicon.OrganisationKind;
import java.util.List;
import java.util.Set;

/**
 * News outlets named next to a word for one: "the state news agency SANA", "the Kurdish
 * outlet Rudaw", "Asharq Al-Awsat newspaper".
 */
final class OutletFinder implements Finder {

  static final int TIER = 18;
  private static final Set<String> OUTLET_NOUNS = Words.set("agency", "outlet", "newspaper",
      "daily", "broadcaster", "channel", "network", "website", "weekly", "magazine", "radio",
      "television", "tv");

  /** Nouns after which a name is a body's: "the security firm Ambrey", "the monitor Airwars". */
  private static final Set<String> BODY_NOUNS = Words.set("firm", "company", "charity",
      "watchdog", "monitor", "organisation", "organization", "group", "consultancy",
      "think-tank", "institute", "foundation", "contractor", "airline", "operator");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int k = 0; k < scan.size(); k++) {
      if (t.isLower(k) && BODY_NOUNS.contains(t.key(k))) {
        int after = scan.runs().endOfRunAt(k + 1);
        if (after > k + 1 && PersonNames.words(scan, k + 1, after) <= 4
            && !isOtherThing(scan, k + 1, after) && scan.title(k + 1) == null) {
          Candidate c = outlet(scan, k + 1, after);
          c.orgKind = OrganisationKind.OTHER;
          out.add(c);
        }
      }
      if (t.isLower(k) && OUTLET_NOUNS.contains(t.key(k))) {
        int after = scan.runs().endOfRunAt(k + 1);
        if (after > k + 1 && PersonNames.words(scan, k + 1, after) <= 4
            && !isOtherThing(scan, k + 1, after)) {
          out.add(outlet(scan, k + 1, after));
        }
        int runEnd = t.is(k - 1, "news") ? k - 1 : k;
        int before = scan.runs().runOf(runEnd - 1);
        if (before >= 0 && scan.runs().endOfRunAt(before) == runEnd
            && !isOtherThing(scan, before, runEnd)) {
          Candidate c = outlet(scan, before, k + 1);
          c.innerNames.add(scan.textOf(before, runEnd));
          out.add(c);
        }
      }
    }
  }

  /** A demonym or a known place is not an outlet's name. */
  private static boolean isOtherThing(Scan scan, int first, int end) {
    TokenTrie.Match<Demonym> d = scan.demonym(first);
    TokenTrie.Match<Surface> m = scan.name(first);
    return d != null && d.end() >= end || m != null && m.end() >= end
        && m.values().get(0).entry().getType() != io.github.sitrep.parser.lexicon.EntryType.ORGANISATION;
  }

  private static Candidate outlet(Scan scan, int first, int end) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.ORGANISATION, "outlet");
    c.tier = TIER;
    c.orgKind = OrganisationKind.MEDIA;
    return c;
  }
}

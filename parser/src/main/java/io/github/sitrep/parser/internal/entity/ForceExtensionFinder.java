package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.EntryType;
import io.github.sitrep.parser.lexicon.LexiconEntry;
import io.github.sitrep.parser.lexicon.OrganisationKind;
import java.util.List;
import java.util.Set;

/**
 * Forces named by a known name and a force word: "Taliban forces" (the Taliban), "Taliban
 * special forces" (a part of them), "Faryab provincial police" and "Khyber Pakhtunkhwa
 * police" (a province's police), "African Union troops" (an international body's troops),
 * "clan militias".
 */
final class ForceExtensionFinder implements Finder {

  static final int TIER = 24;
  private static final Set<String> LOCAL_MODIFIERS = Words.set("provincial", "state", "regional",
      "district", "local", "city", "municipal", "county");
  private static final Set<String> COMMUNITY = Words.set("clan", "tribal", "local", "community",
      "village", "self-defence", "self-defense", "ethnic", "sectarian", "vigilante", "rival",
      "allied", "armed", "shiite", "sunni", "christian", "druze", "kurdish", "arab");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int i = 0; i < scan.size(); i++) {
      TokenTrie.Match<Surface> m = scan.name(i);
      if (m != null) {
        Candidate c = extension(scan, m);
        if (c != null) {
          out.add(c);
        }
      } else if (t.isLower(i) && COMMUNITY.contains(t.key(i))
          && (t.is(i + 1, "militia") || t.is(i + 1, "militias"))) {
        Candidate c = new Candidate(scan, i, i + 2, Candidate.Type.FORCE, "militia");
        c.tier = TIER;
        c.forceKind = ForceKind.MILITIA;
        c.needsCountry = true;
        out.add(c);
      }
    }
  }

  /** Nouns after a known group's name that still name the group: "al-Shabaab militants". */
  static final Set<String> GROUP_NOUNS = Words.set("militants", "fighters", "rebels",
      "insurgents", "jihadists", "gunmen", "separatists", "loyalists", "militia",
      "militiamen", "forces", "troops");

  private static final Set<String> ORG_AFTER = Words.set("administration", "council",
      "authority", "government", "court", "prosecutor", "prosecutors", "administrations");

  /** A force noun that is not itself a modifier of the next one ("army" in "army units"). */
  static boolean isNoun(Tokens t, int k) {
    return t.isLower(k) && Words.FORCE_NOUNS.contains(t.key(k))
        && !(t.isLower(k + 1) && Words.FORCE_NOUNS.contains(t.key(k + 1)));
  }

  private static Candidate extension(Scan scan, TokenTrie.Match<Surface> m) {
    Tokens t = scan.tokens;
    LexiconEntry e = m.values().get(0).entry();
    int k = m.end();
    int modifiers = 0;
    while (modifiers < 3 && t.isLower(k) && !isNoun(t, k) && (Words.FORCE_MODIFIERS.contains(
        t.key(k)) || LOCAL_MODIFIERS.contains(t.key(k)))) {
      k++;
      modifiers++;
    }
    boolean groupNoun = e.getType() == EntryType.FORCE && modifiers == 0 && t.isLower(k)
        && GROUP_NOUNS.contains(t.key(k));
    if (!groupNoun && !isNoun(t, k) || t.isLower(k + 1) && ORG_AFTER.contains(t.key(k + 1))) {
      return null;
    }
    Candidate c = new Candidate(scan, m.first(), k + 1, Candidate.Type.FORCE, "extension");
    c.tier = TIER;
    c.country = e.getCountry().orElse(null);
    if (e.getType() == EntryType.FORCE) {
      c.forceKind = e.forceKind().orElse(ForceKind.NON_STATE);
      if (modifiers == 0) {
        c.lexicon = List.copyOf(m.values());
        LexiconTyping.apply(c, e);
      } else {
        c.partOfEntry = e.getId();
      }
      return c;
    }
    if (e.getType() == EntryType.PLACE && e.placeKind().orElse(null) != PlaceKind.COUNTRY) {
      c.forceKind = ForceKind.STATE;
      c.container = true;
      c.branch = Branches.of(t, m.end(), k + 1);
      c.generic = Branches.POLICE.equals(c.branch);
      return c;
    }
    if (e.organisationKind().orElse(null) == OrganisationKind.INTERNATIONAL) {
      c.forceKind = ForceKind.COALITION;
      c.country = null;
      return c;
    }
    return null;
  }
}

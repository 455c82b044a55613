package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.ForceKind;
import java.util.List;
import java.util.Set;

/**
 * A state's forces named without a country: "the army", "the military", "the air force",
 * "government forces", "security forces". They belong to the article's main country, and
 * join that country's named force or its other generic names of the same branch.
 */
final class GenericForceFinder implements Finder {

  static final int TIER = 21;
  private static final Set<String> AFTER_THE = Words.set("army", "military", "navy", "police",
      "gendarmerie", "junta");
  private static final Set<String> FORCE_PLURALS = Words.set("forces", "troops", "soldiers");
  private static final Set<String> PLURAL_MODIFIERS = Words.set("government", "security",
      "armed", "state", "regime", "pro-government", "federal", "national");
  /** Words after "army" or "police" that make it a modifier: "army officers", "police station". */
  private static final Set<String> NOT_HEAD_BEFORE = Words.set("officer", "officers", "official",
      "officials", "chief", "commander", "commanders", "spokesman", "spokeswoman", "base",
      "bases", "camp", "post", "posts", "station", "stations", "checkpoint", "checkpoints",
      "vehicle", "vehicles", "convoy", "uniform", "uniforms", "general", "unit", "units",
      "source", "sources", "statement", "headquarters", "barracks", "positions", "position",
      "patrol", "patrols", "helicopter", "helicopters", "spokesperson", "colonel", "compound",
      "building", "academy", "car", "cars", "truck", "trucks", "chief", "command", "intelligence",
      "recruits", "recruitment", "graduates", "day", "operations", "operation", "pilots");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int i = 1; i < scan.size(); i++) {
      if (!t.isLower(i)) {
        continue;
      }
      int end = afterThe(t, i);
      if (end < 0) {
        end = plural(t, i);
      }
      if (end > i && !t.isPunct(end, '-') && !(t.isLower(end) && NOT_HEAD_BEFORE.contains(t.key(end)))
          && !(t.is(end - 1, "military") && adjective(t, end))) {
        out.add(force(scan, i, end));
        i = end - 1;
      }
    }
  }

  /**
   * "their military defeat": "military" before a word that is not a verb is an adjective.
   * Verbs are told by their ending ("launched") or a short list ("said", "has", "is").
   */
  private static boolean adjective(Tokens t, int next) {
    if (!t.isLower(next)) {
      return false;
    }
    String w = t.key(next);
    return !(w.endsWith("ed") || VERBS.contains(w));
  }

  private static final Set<String> VERBS = Words.set("said", "says", "has", "have", "had",
      "is", "was", "were", "are", "will", "would", "could", "can", "may", "did", "does",
      "took", "struck", "hit", "began", "fought", "led", "seized", "sent", "told",
      "shot", "made", "also", "then", "later", "still", "now", "announced");

  /** "the army", "the air force", "air force jets": the token after the name, or -1. */
  private static int afterThe(Tokens t, int i) {
    if (t.is(i, "air") && t.is(i + 1, "force") && t.isLower(i)) {
      return i + 2;
    }
    if (!t.is(i - 1, "the") && !t.is(i - 1, "its") && !t.is(i - 1, "their")) {
      return -1;
    }
    if (t.is(i, "air") && t.is(i + 1, "force")) {
      return i + 2;
    }
    if (t.is(i, "armed") && t.is(i + 1, "forces")) {
      return i + 2;
    }
    return AFTER_THE.contains(t.key(i)) ? i + 1 : -1;
  }

  /** "government forces", "security forces": the token after the name, or -1. */
  private static int plural(Tokens t, int i) {
    int k = i;
    if (t.is(k, "pro") && t.isJoiner(k + 1)) {
      k += 2;
    }
    if (!PLURAL_MODIFIERS.contains(t.key(k)) || !t.isLower(k)) {
      return -1;
    }
    return FORCE_PLURALS.contains(t.key(k + 1)) && t.isLower(k + 1) ? k + 2 : -1;
  }

  private static Candidate force(Scan scan, int first, int end) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.FORCE, "generic");
    c.tier = TIER;
    c.generic = true;
    c.needsCountry = true;
    c.forceKind = ForceKind.STATE;
    c.branch = Branches.of(scan.tokens, first, end);
    return c;
  }
}

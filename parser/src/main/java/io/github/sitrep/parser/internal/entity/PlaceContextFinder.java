package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.EntryType;
import java.util.List;
import java.util.Map;

/**
 * Places no lexicon knows, named by their context: "the village of Kolajo", "the southern
 * Lebanese town of Bint Jbeil", "the general area of Mir Ali", and a name listed with a
 * known place ("between Douentza and Hombori", "near Klishchiivka and Andriivka").
 */
final class PlaceContextFinder implements Finder {

  static final int TIER = 11;
  private static final Map<String, PlaceKind> OF_NOUNS = Map.of("town", PlaceKind.CITY,
      "city", PlaceKind.CITY, "village", PlaceKind.VILLAGE, "hamlet", PlaceKind.VILLAGE,
      "district", PlaceKind.DISTRICT, "province", PlaceKind.PROVINCE,
      "governorate", PlaceKind.PROVINCE, "region", PlaceKind.REGION, "area", PlaceKind.CITY,
      "port", PlaceKind.CITY);

  /** "north of X", "on the outskirts of X": X is a place. */
  private static final java.util.Set<String> RELATIVE = Words.set("north", "south", "east",
      "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "suburbs",
      "centre", "center", "southwards", "northwards", "outside");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int i = 1; i + 1 < scan.size(); i++) {
      if (t.is(i, "of") && t.isLower(i - 1) && OF_NOUNS.containsKey(t.key(i - 1))) {
        named(scan, i + 1, OF_NOUNS.get(t.key(i - 1)), out);
      } else if (t.is(i, "of") && t.isLower(i - 1) && RELATIVE.contains(t.key(i - 1))) {
        int r = t.is(i + 1, "the") ? i + 2 : i + 1;
        int end = scan.runs().endOfRunAt(r);
        if (end > r && scan.name(r) == null && unknown(scan, r, end)) {
          out.add(place(scan, r, end, PlaceKind.CITY));
        }
      }
      TokenTrie.Match<Surface> m = scan.name(i);
      if (m != null && isTown(m)) {
        listed(scan, m, out);
      }
    }
  }

  private static boolean isTown(TokenTrie.Match<Surface> m) {
    var e = m.values().get(0).entry();
    PlaceKind k = e.placeKind().orElse(null);
    return e.getType() == EntryType.PLACE && (k == PlaceKind.CITY || k == PlaceKind.VILLAGE
        || k == PlaceKind.DISTRICT);
  }

  private static void named(Scan scan, int r, PlaceKind kind, List<Candidate> out) {
    int end = scan.runs().endOfRunAt(r);
    TokenTrie.Match<Surface> m = scan.name(r);
    if (m != null && m.end() >= end) {
      if (m.values().get(0).entry().getType() == EntryType.PLACE) {
        Candidate c = LexiconFinder.candidate(scan, m);
        c.placeKind = kind;
        c.tier = PlaceSuffixFinder.TIER;
        out.add(c);
      }
    } else if (end > r && unknown(scan, r, end)) {
      out.add(place(scan, r, end, kind));
    }
  }

  /** "Douentza and Hombori", "Hombori and Douentza": the unknown one is a town too. */
  private static void listed(Scan scan, TokenTrie.Match<Surface> m, List<Candidate> out) {
    Tokens t = scan.tokens;
    PlaceKind kind = m.values().get(0).entry().placeKind().orElse(PlaceKind.CITY);
    int after = m.end() + 1;
    if ((t.is(m.end(), "and") || t.is(m.end(), "or")) && scan.runs().startsAt(after)) {
      int end = scan.runs().endOfRunAt(after);
      if (scan.name(after) == null && unknown(scan, after, end)) {
        out.add(place(scan, after, end, kind));
      }
    }
    int mark = m.first() - 1;
    if (t.is(mark, "and") || t.is(mark, "or")) {
      int r = scan.runs().runOf(mark - 1);
      if (r >= 0 && scan.runs().endOfRunAt(r) == mark && scan.name(r) == null
          && unknown(scan, r, mark)) {
        out.add(place(scan, r, mark, kind));
      }
    }
  }

  /** A run of one to three words that no other rule can read. */
  static boolean unknown(Scan scan, int first, int end) {
    Tokens t = scan.tokens;
    int words = PersonNames.words(scan, first, end);
    if (words < 1 || words > 3 || scan.title(first) != null || t.isApostrophe(end)) {
      return false;
    }
    for (int k = first; k < end; k++) {
      if (t.isWord(k) && !t.isLower(k) && (Words.FORCE_HEADS.contains(t.key(k))
          || Words.ORG_HEADS.contains(t.key(k)) || Words.MEDIA_WORDS.contains(t.key(k))
          || scan.demonym(k) != null && !t.isJoiner(k - 1) || Words.STOP.contains(t.key(k))
          || Words.CALENDAR.contains(t.key(k)))) {
        return false;
      }
    }
    return true;
  }

  private static Candidate place(Scan scan, int first, int end, PlaceKind kind) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.PLACE, "place-context");
    c.tier = TIER;
    c.placeKind = kind;
    return c;
  }
}

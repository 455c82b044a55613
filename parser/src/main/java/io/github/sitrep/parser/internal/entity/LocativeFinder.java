package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import java.util.List;
import java.util.Set;

/**
 * Places no lexicon knows, named after a preposition of place: "in Deir ez-Zor", "near
 * Tin-Essako", "outside Kidal". Taken as towns, and only when nothing else reads the words:
 * a run that is a person's name, a force, an organisation, a demonym, a language or a
 * month is left alone.
 */
final class LocativeFinder implements Finder {

  static final int TIER = 9;
  private static final Set<String> PREPOSITIONS = Words.set("in", "near", "outside", "around",
      "from", "toward", "towards", "into", "across", "through", "inside", "within");
  /** Capitalised words that follow "in" without being places. */
  private static final Set<String> NOT_PLACES = Words.set("arabic", "english", "french",
      "kurdish", "persian", "farsi", "turkish", "russian", "ukrainian", "hebrew", "urdu",
      "pashto", "dari", "somali", "amharic", "tigrinya", "hausa", "swahili", "spanish",
      "german", "chinese", "ramadan", "eid", "islam", "christianity", "parliament",
      "congress", "court", "power", "office", "government", "charge", "control", "order",
      "twitter", "telegram", "facebook", "x", "youtube", "tiktok", "whatsapp", "instagram",
      "god", "allah", "history", "jail", "prison", "custody", "exile", "response", "total",
      "addition", "particular", "general", "fact", "part", "time", "recent", "late", "early");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int p = 0; p + 1 < scan.size(); p++) {
      if (!t.isLower(p) || !PREPOSITIONS.contains(t.key(p))) {
        continue;
      }
      int r = t.is(p + 1, "the") ? p + 2 : p + 1;
      int end = scan.runs().endOfRunAt(r);
      if (end > r && acceptable(scan, r, end)) {
        Candidate c = new Candidate(scan, r, end, Candidate.Type.PLACE, "locative");
        c.tier = TIER;
        c.placeKind = PlaceKind.CITY;
        out.add(c);
      }
    }
  }

  private static boolean acceptable(Scan scan, int first, int end) {
    Tokens t = scan.tokens;
    int words = PersonNames.words(scan, first, end);
    if (words < 1 || words > 3 || t.isApostrophe(end) || scan.title(first) != null) {
      return false;
    }
    for (int k = first; k < end; k++) {
      if (t.isWord(k) && !t.isLower(k) && (NOT_PLACES.contains(t.key(k))
          || Words.FORCE_HEADS.contains(t.key(k)) || Words.ORG_HEADS.contains(t.key(k))
          || Words.MEDIA_WORDS.contains(t.key(k)) || scan.demonym(k) != null
          || Words.STOP.contains(t.key(k)) || t.isAllCaps(k) && end - first == 1)) {
        return false;
      }
    }
    return true;
  }
}

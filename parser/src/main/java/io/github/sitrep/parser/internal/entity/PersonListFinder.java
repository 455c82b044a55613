package io.github.sitrep.parser.internal.entity;

import java.util.List;
import java.util.Set;

/**
 * Names listed after a group of people: "members of the General Command including Hassan
 * Ali and Omar Khan", "commanders such as ...". The list is read name by name, separated by
 * commas and "and"; a force or organisation after "of" in the phrase becomes the
 * affiliation.
 */
final class PersonListFinder implements Finder {

  static final int TIER = 35;
  private static final int LOOK_BACK = 12;
  private static final Set<String> MILITARY_PLURALS = Words.set("commanders", "generals",
      "officers", "fighters", "soldiers", "militants");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    Tokens t = scan.tokens;
    for (int i = 0; i < scan.size(); i++) {
      int listStart = cueEnd(t, i);
      if (listStart > i) {
        int plural = pluralBefore(scan, i);
        if (plural >= 0) {
          readList(scan, plural, i, listStart, out);
        }
      } else if ((t.is(i, "identified") || t.is(i, "named")) && t.is(i + 1, "as")) {
        readList(scan, -1, i, i + 2, out);
      }
    }
  }

  /** @return the token after a list cue at {@code i} ("including", "such as"), or {@code i} */
  private static int cueEnd(Tokens t, int i) {
    if (t.isLower(i) && Words.LIST_CUES.contains(t.key(i))) {
      return i + 1;
    }
    if (t.is(i, "such") && t.is(i + 1, "as")) {
      return i + 2;
    }
    if (t.is(i, "among") && t.is(i + 1, "them")) {
      return t.isPunct(i + 2, ',') ? i + 3 : i + 2;
    }
    return i;
  }

  private static int pluralBefore(Scan scan, int cue) {
    Tokens t = scan.tokens;
    for (int k = cue - 1; k >= Math.max(0, cue - LOOK_BACK); k--) {
      if (t.isPunct(k, '.') || t.isPunct(k, ';')) {
        return -1;
      }
      if (t.isLower(k) && Words.PERSON_PLURALS.contains(t.key(k))) {
        return k;
      }
      if (scan.sentenceStart(k)) {
        return -1;
      }
    }
    return -1;
  }

  private static void readList(Scan scan, int plural, int cue, int first, List<Candidate> out) {
    Tokens t = scan.tokens;
    int affiliation = plural < 0 ? -1 : affiliationBetween(scan, plural, cue);
    boolean military = plural >= 0 && MILITARY_PLURALS.contains(t.key(plural));
    int k = first;
    for (int n = 0; n < 20; n++) {
      int end = PersonNames.read(scan, k);
      if (end <= k) {
        return;
      }
      Candidate c = new Candidate(scan, k, end, Candidate.Type.PERSON, "list");
      c.tier = TIER;
      c.affiliationAt = affiliation;
      c.military = military;
      c.role = affiliation >= 0 ? "member of " + memberOf(scan, affiliation, cue) : null;
      out.add(c);
      k = separatorEnd(t, end);
      if (k == end) {
        return;
      }
    }
  }

  private static int separatorEnd(Tokens t, int i) {
    int k = i;
    if (t.isPunct(k, ',')) {
      k++;
    }
    if (t.is(k, "and")) {
      k++;
    }
    return k;
  }

  /** @return the start offset of what follows "of" between the plural and the cue, or -1 */
  private static int affiliationBetween(Scan scan, int plural, int cue) {
    Tokens t = scan.tokens;
    for (int k = plural + 1; k < cue - 1; k++) {
      if (t.is(k, "of") || t.is(k, "from")) {
        int w = t.is(k + 1, "the") ? k + 2 : k + 1;
        return w < cue && t.isWord(w) ? t.start(w) : -1;
      }
    }
    return plural > 0 && t.isWord(plural - 1) && !t.isLower(plural - 1)
        ? t.start(plural - 1) : -1;
  }

  private static String memberOf(Scan scan, int offset, int cue) {
    int end = scan.tokens.start(cue);
    String between = scan.text.substring(offset, end).strip();
    return between.endsWith(",") ? between.substring(0, between.length() - 1) : between;
  }
}

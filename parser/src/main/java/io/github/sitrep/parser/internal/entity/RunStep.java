package io.github.sitrep.parser.internal.entity;

/**
 * One step of a capitalised run: given the run so far, how far the next piece reaches (a
 * word, a hyphenated part, an initial with its full stop, a title, a possessive inside a
 * name, or a connector with the word after it).
 */
final class RunStep {

  private RunStep() {}

  /** @return the token after the next piece, or {@code end} when the run stops */
  static int next(Scan scan, int first, int end) {
    Tokens t = scan.tokens;
    if (scan.sentenceStart(end) || scan.lineBreakBefore(end)) {
      return end;
    }
    if (t.isJoiner(end)) {
      return joined(scan, end);
    }
    if (t.isPunct(end, '.')) {
      return dotted(scan, end);
    }
    if (t.isApostrophe(end)) {
      return apostrophe(scan, end);
    }
    if (!t.isWord(end) || Words.CALENDAR.contains(t.key(end)) || t.isDigits(end)) {
      return end;
    }
    if (t.isCapitalised(end)) {
      return end + 1;
    }
    if (Words.PARTICLES.contains(t.key(end)) && startsName(t, end + 1)) {
      return end + 1;
    }
    return connector(scan, first, end);
  }

  private static boolean startsName(Tokens t, int i) {
    return t.isCapitalised(i) || (t.isJoiner(i) && t.isCapitalised(i + 1));
  }

  /** al-Qaim, ez-Zor, CJTF-OIR; not US-led. */
  private static int joined(Scan scan, int hyphen) {
    Tokens t = scan.tokens;
    int w = hyphen + 1;
    if (t.isCapitalised(w) || t.isDigits(w) && t.isAllCaps(hyphen - 1)) {
      return w + 1;
    }
    if (Words.PARTICLES.contains(t.key(w)) && t.isJoiner(w + 1) && t.isCapitalised(w + 2)) {
      return w + 1;
    }
    return hyphen;
  }

  /** The full stop of an initial (Paul E. Funk) or an abbreviated title (Lt. Gen.). */
  private static int dotted(Scan scan, int dot) {
    Tokens t = scan.tokens;
    int w = dot - 1;
    boolean initial = t.end(w) - t.start(w) == 1 && t.isCapitalised(w);
    boolean abbrev = Words.ABBREVIATIONS.contains(t.key(w)) || Words.SUFFIXES.contains(t.key(w));
    if ((initial || abbrev) && !t.spaceBefore(dot) && t.isCapitalised(dot + 1)) {
      return dot + 1;
    }
    return dot;
  }

  /** People's Protection Units, Jama'at; not Iraq's. */
  private static int apostrophe(Scan scan, int apos) {
    Tokens t = scan.tokens;
    int w = apos + 1;
    if (t.spaceBefore(apos) || t.spaceBefore(w) || !t.isWord(w)) {
      return apos;
    }
    if (t.is(w, "s")) {
      boolean collective = t.is(apos - 1, "people") || t.is(apos - 1, "women")
          || t.is(apos - 1, "workers") || t.is(apos - 1, "martyrs");
      return collective && t.isCapitalised(w + 1) ? w + 1 : apos;
    }
    return t.isLower(w) || t.isCapitalised(w) ? w + 1 : apos;
  }

  private static boolean hasOf(Tokens t, int first, int end) {
    for (int k = first; k < end; k++) {
      if (t.isLower(k) && (t.is(k, "of") || t.is(k, "for"))) {
        return true;
      }
    }
    return false;
  }

  /** Ministry of Defence, Coalition to Defeat ISIS, Islamic State of Iraq and the Levant. */
  private static int connector(Scan scan, int first, int c) {
    Tokens t = scan.tokens;
    if (!Words.CONNECTORS.contains(t.key(c)) || !t.isLower(c)) {
      return c;
    }
    boolean afterHead = Words.CONNECTING_HEADS.contains(t.key(c - 1)) && !t.is(c, "in")
        || t.is(c, "of") && hasHead(t, first, c) && placeAfter(scan, c + 1)
        || t.is(c, "in") && MISSIONS.contains(t.key(c - 1)) && placeAfter(scan, c + 1);
    boolean andOk = !afterHead && (hasOf(t, first, c) || headAhead(t, c + 1))
        && !t.isAllCaps(c - 1);
    if (t.is(c, "and") ? !andOk : !afterHead) {
      return c;
    }
    int w = c + 1;
    if (t.is(w, "the") && !t.is(c, "and")) {
      w++;
    }
    return t.isCapitalised(w) && !NOT_AFTER_CONNECTOR.contains(t.key(w)) ? w + 1 : c;
  }

  private static final java.util.Set<String> NOT_AFTER_CONNECTOR = Words.set("the",
      "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "his",
      "her", "its", "their", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /** Bodies named after where they serve: "Mission in Mozambique", "Force in Lebanon". */
  private static final java.util.Set<String> MISSIONS = Words.set("mission", "force",
      "forces", "operation", "office", "representative", "envoy");

  private static boolean hasHead(Tokens t, int first, int end) {
    for (int k = first; k < end; k++) {
      if (Words.FORCE_HEADS.contains(t.key(k)) || Words.ORG_HEADS.contains(t.key(k))) {
        return true;
      }
    }
    return false;
  }

  /** "of Ukraine", "of the Congo": a lexicon place starts there. */
  private static boolean placeAfter(Scan scan, int w) {
    int k = scan.tokens.is(w, "the") ? w + 1 : w;
    TokenTrie.Match<Surface> m = scan.name(k);
    return m != null && m.values().get(0).entry().getType()
        == io.github.sitrep.parser.lexicon.EntryType.PLACE;
  }

  /** "Defence and Security Forces": a force or organisation head after a modifier. */
  private static boolean headAhead(Tokens t, int w) {
    for (int k = w + 1; k < w + 3 && t.isCapitalised(w) && t.isCapitalised(k); k++) {
      if (Words.FORCE_HEADS.contains(t.key(k)) || Words.ORG_HEADS.contains(t.key(k))) {
        return true;
      }
    }
    return false;
  }
}

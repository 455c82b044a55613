package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.PhraseTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reporting cues outside quotations and entity names, dropping passive uses ("is said
 * to"), noun uses ("his claims"), casualty idioms ("claimed the lives of") and cues whose
 * requirement (a quotation nearby, or "that") is not met.
 */
final class CueFinder {

  private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "been", "be",
      "being");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their",
      "its", "these", "those", "such", "our", "my", "this", "any", "no");
  private static final Set<String> LIVES = Set.of("lives", "life");
  private static final Set<String> TRAILING_NEXT = Set.of(".", ",", "on", "in", "at", "late",
      "earlier", "later", "during", "today", "yesterday", "overnight", "!", "?", ";");

  private final ReportingVerbs verbs;

  CueFinder(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  List<Cue> find(Discourse d) {
    List<Cue> cues = new ArrayList<>();
    for (int s = 0; s < d.sentenceCount(); s++) {
      int t = d.sentenceFrom(s);
      while (t < d.sentenceTo(s)) {
        PhraseTable.Match<ReportingVerb> m = insideQuoteOrName(d, t) ? null : verbs.at(d, t);
        if (m != null && m.to() <= d.sentenceTo(s) && counts(d, m)) {
          cues.add(new Cue(m.value(), m.from(), m.to()));
          t = m.to();
        } else {
          t++;
        }
      }
    }
    return cues;
  }

  private static boolean insideQuoteOrName(Discourse d, int t) {
    int q = d.quoteAt(t);
    return d.mentionAt(t) >= 0 || (q >= 0 && !d.token(t).isQuoteMark());
  }

  private static boolean counts(Discourse d, PhraseTable.Match<ReportingVerb> m) {
    String form = d.norm(m.from());
    String prev = d.norm(m.from() - 1);
    if (m.value().kind() != CueKind.ACCORDING_TO) {
      if (PASSIVE.contains(prev) && !form.endsWith("ing")) {
        return false;
      }
      if (DETERMINERS.contains(prev)) {
        return false;
      }
    }
    if (m.value().kind() == CueKind.CLAIM && claimsLives(d, m.to())) {
      return false;
    }
    return switch (m.value().requires()) {
      case ANY -> true;
      case QUOTE -> quoteNear(d, m.from(), m.to());
      case QUOTE_OR_THAT -> quoteNear(d, m.from(), m.to()) || thatFollows(d, m.to())
          || trailing(d, m.from(), m.to());
    };
  }

  private static boolean claimsLives(Discourse d, int t) {
    for (int k = t; k < t + 4 && k < d.size(); k++) {
      if (LIVES.contains(d.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /** A quotation opens within three tokens after the cue or closed just before it. */
  static boolean quoteNear(Discourse d, int from, int to) {
    for (int k = to; k < to + 4 && k < d.size(); k++) {
      if (d.quoteAt(k) >= 0) {
        return true;
      }
      if (d.norm(k).equals(".")) {
        break;
      }
    }
    for (int k = from - 1; k >= from - 3 && k >= 0; k--) {
      if (d.quoteAt(k) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A trailing attribution: "..., the General Staff reported on Friday." */
  private static boolean trailing(Discourse d, int from, int to) {
    String next = d.norm(to);
    int s = d.sentenceOf(from);
    boolean objectless = to >= d.sentenceTo(s) || TRAILING_NEXT.contains(next);
    if (!objectless) {
      return false;
    }
    for (int k = from - 1; k >= d.sentenceFrom(s) && k >= from - 15; k--) {
      if (d.norm(k).equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static boolean thatFollows(Discourse d, int to) {
    for (int k = to; k < to + 4 && k < d.size(); k++) {
      String w = d.norm(k);
      if (w.equals("that")) {
        return true;
      }
      if (w.equals(".") || w.equals(",")) {
        return false;
      }
    }
    return false;
  }
}

package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.StatementMode;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.Subjects;
import io.github.sitrep.parser.internal.discourse.TimeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech from the cues no quotation took: "X announced that ...", "X proclaimed a
 * victory", "the two sides agreed ..., revealed a statement", "..., the army said",
 * "according to X, ...". What follows or precedes the cue up to the sentence end (or the
 * comma before the cue) is the content; a quotation inside it makes the statement mixed.
 */
final class ReportedSpeech {

  private static final int SPEAKER_WORDS = 14;
  private static final int SCAN = 200;
  /** The longest content, in tokens. */
  private static final int MAX_CONTENT = 160;
  private static final Set<String> CONTENT_STOPS = Set.of("while", "whereas", "although",
      "though", "but");
  private static final Set<String> AFTER_INVERTED = Set.of(".", ",", "in", "on", "at", "late",
      "earlier", "later", "during", "today", "yesterday", "!", "?", ";");

  private static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its", "our",
      "my", "your");
  private static final Set<String> VERBISH = Set.of("was", "were", "is", "are", "had", "has",
      "have", "will", "would", "could", "can", "did", "does", "do", "be", "been", "killed");

  private final Discourse d;
  private final Cues cues;
  private final TimeIndex times;
  private final List<Draft> drafts = new ArrayList<>();

  ReportedSpeech(Discourse d, Cues cues, TimeIndex times) {
    this.d = d;
    this.cues = cues;
    this.times = times;
  }

  private List<Draft> direct = List.of();

  List<Draft> run(List<Draft> direct) {
    this.direct = direct;
    java.util.Set<Integer> quoted = new java.util.HashSet<>();
    boolean[] covered = new boolean[d.size()];
    for (Draft other : direct) {
      quoted.add(d.sentenceOf(other.contentFrom()));
      quoted.add(d.sentenceOf(other.contentTo() - 1));
      java.util.Arrays.fill(covered, other.contentFrom(), other.contentTo(), true);
    }
    for (Cue c : cues.all()) {
      if (cues.isUsed(c)) {
        continue;
      }
      Draft draft = c.verb().kind() == CueKind.ACCORDING_TO ? accordingTo(c, quoted) : reported(c);
      if (draft != null && !covered[draft.contentFrom()] && !covered[draft.contentTo() - 1]) {
        cues.use(c);
        drafts.add(draft);
      }
    }
    return drafts;
  }

  private Draft reported(Cue c) {
    int s = d.sentenceOf(c.from());
    int comma = invertedComma(c);
    if (comma >= 0) {
      return inverted(c, s, comma);
    }
    Speaker speaker = continuing(SpeakerFinder.before(d, c.from()), c);
    if (speaker.isNone() || NounPhrases.isNegative(d, speaker)) {
      return null;
    }
    Addressee a = Addressee.after(d, c);
    int from = contentStart(a.next(), d.sentenceTo(s));
    int to = contentEnd(from, d.sentenceTo(s));
    if (from >= to) {
      return null;
    }
    return new Draft(from, to, mode(from, to), speaker, c).with(a);
  }

  /**
   * "It said ...", "They added ..." right after a statement: the pronoun continues that
   * statement's speaker.
   */
  private Speaker continuing(Speaker found, Cue c) {
    String w = found.mention().map(m -> m.getText().toLowerCase(java.util.Locale.ROOT)).orElse("");
    if (!w.equals("it") && !w.equals("they")) {
      return found;
    }
    int s = d.sentenceOf(c.from());
    Draft previous = null;
    for (List<Draft> list : List.of(direct, drafts)) {
      for (int i = list.size() - 1; i >= 0 && i >= list.size() - 5; i--) {
        Draft x = list.get(i);
        boolean before = x.firstToken() < c.from() && d.sentenceOf(x.firstToken()) >= s - 1;
        if (before && x.cue() != null && (previous == null || x.firstToken() > previous.firstToken())) {
          previous = x;
        }
      }
    }
    return previous == null ? found : new Speaker(previous.speaker().ref(), found.mention());
  }

  /** @return the comma that ends the content of "content, [speaker] cue", or -1 */
  private int invertedComma(Cue c) {
    int s = d.sentenceOf(c.from());
    int lower = Math.max(d.sentenceFrom(s), c.from() - SPEAKER_WORDS - 1);
    int comma = -1;
    for (int t = c.from() - 1; t >= lower; t--) {
      if (d.norm(t).equals(",") && d.quoteAt(t) < 0) {
        comma = t;
        break;
      }
      if (d.mentionAt(t) < 0 && verbish(d.norm(t))) {
        break;
      }
    }
    if (comma < 0 || comma - d.sentenceFrom(s) < 3) {
      return -1;
    }
    if (comma == c.from() - 1) {
      int stop = speakerPhraseEnd(c, d.sentenceTo(s));
      boolean ends = stop > 0 && stop - c.to() <= 5 && endsHere(stop, d.sentenceTo(s));
      boolean inverted = stop > 0 && (ends || Subjects.before(d, c.from()).isEmpty());
      return inverted ? comma : -1;
    }
    boolean objectless = c.to() >= d.sentenceTo(s) || AFTER_INVERTED.contains(d.norm(c.to()));
    return objectless ? comma : -1;
  }

  /**
   * The end of a short noun phrase without a verb after the cue ("revealed a statement on
   * Sunday"), or -1 when none follows.
   */
  private int speakerPhraseEnd(Cue c, int end) {
    int t = c.to();
    for (; t < end && t < c.to() + 8; t++) {
      String w = d.norm(t);
      if (w.equals(",") || (t > c.to() && AFTER_INVERTED.contains(w)) || times.covers(t)) {
        break;
      }
      if (w.equals("that") || POSSESSIVES.contains(w) || d.quoteAt(t) >= 0
          || (d.mentionAt(t) < 0 && verbish(w))) {
        return -1;
      }
    }
    return t > c.to() ? t : -1;
  }

  /** Whether only a date, a place phrase or the sentence's end follows token t. */
  private boolean endsHere(int t, int end) {
    if (t >= end - 1 || times.covers(t)) {
      return true;
    }
    String w = d.norm(t);
    return w.equals(".") || w.equals(",") || w.equals("in") || w.equals("on");
  }

  private static boolean verbish(String w) {
    return VERBISH.contains(w) || (w.length() > 4 && w.endsWith("ed"));
  }

  private Draft inverted(Cue c, int s, int comma) {
    int from = Math.max(d.sentenceFrom(s), comma - MAX_CONTENT);
    if (startsDirectQuote(from)) {
      return null;
    }
    while (from < comma && d.token(from).isQuoteMark()) {
      from++;
    }
    Speaker speaker = comma == c.from() - 1 ? SpeakerFinder.after(d, c.to() - 1)
        : SpeakerFinder.between(d, comma + 1, c.from());
    if (from >= comma) {
      return null;
    }
    return new Draft(from, comma, mode(from, comma), speaker, c).with(Addressee.after(d, c));
  }

  private boolean startsDirectQuote(int from) {
    int q = d.quoteAt(from);
    return q >= 0 && d.quoteFrom(q) == from;
  }

  private Draft accordingTo(Cue c, java.util.Set<Integer> quoted) {
    int s = d.sentenceOf(c.from());
    if (quoted.contains(s)) {
      return null;
    }
    Speaker speaker = SpeakerFinder.after(d, c.to() - 1);
    int start = Math.max(d.sentenceFrom(s), c.from() - MAX_CONTENT);
    int end = contentEnd(start, d.sentenceTo(s));
    if (c.from() > start) {
      end = d.norm(c.from() - 1).equals(",") ? c.from() - 1 : c.from();
    } else {
      start = nextComma(c.to(), end) + 1;
    }
    return start < end ? new Draft(start, end, mode(start, end), speaker, c) : null;
  }

  private int nextComma(int from, int end) {
    for (int t = from; t < end && t < from + SCAN; t++) {
      if (d.norm(t).equals(",")) {
        return t;
      }
    }
    return end;
  }

  private int contentStart(int t, int end) {
    int that = -1;
    for (int k = t; k < end && k < t + 8; k++) {
      if (d.norm(k).equals("that")) {
        that = k;
        break;
      }
    }
    int from = that >= 0 && Attributive.gap(d, t, that) ? that + 1 : t;
    while (from < end && (d.norm(from).equals(":") || d.norm(from).equals(","))) {
      from++;
    }
    return from;
  }

  private int contentEnd(int from, int sentenceEnd) {
    int end = Math.min(sentenceEnd, from + MAX_CONTENT);
    int to = end;
    for (int t = from + 1; t < end && t < from + SCAN; t++) {
      if (CONTENT_STOPS.contains(d.norm(t)) && d.clauseStart(t) == t) {
        to = d.norm(t - 1).equals(",") ? t - 1 : t;
        break;
      }
    }
    while (to > from && !d.token(to - 1).isWord() && !d.token(to - 1).isQuoteMark()) {
      to--;
    }
    return times.trimTrailing(d, from, to);
  }

  private StatementMode mode(int from, int to) {
    for (int t = from; t < to && t < from + SCAN; t++) {
      if (d.quoteAt(t) >= 0) {
        return StatementMode.MIXED;
      }
    }
    return StatementMode.INDIRECT;
  }
}

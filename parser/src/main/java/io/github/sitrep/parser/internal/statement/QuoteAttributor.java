package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.StatementMode;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.layout.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Attributes quotations to speakers, in this order: a cue right after the closing mark
 * ({@code "...," said X}); a cue before the opening mark with only attributive words between
 * ({@code X said: "..."}); a speaker and cue after the quotation ({@code "...," X said}); an
 * "according to" in the same sentence; the speaker of the quotation just before (a quotation
 * continued over sentences or paragraphs, or one that closes without opening). A quotation
 * inside reported speech ({@code told Y that both sides "shook hands"}) is left to
 * {@link ReportedSpeech}. A long quotation that opens its sentence and has none of the
 * above gets an unknown speaker; short unattributed ones (scare quotes) are no statements.
 */
final class QuoteAttributor {

  private static final int GAP = 12;
  private static final int SPEAKER_GAP = 16;
  private static final int CONTINUE_SENTENCES = 3;
  private static final int UNKNOWN_MIN_WORDS = 6;

  private final Discourse d;
  private final Cues cues;
  private final List<Draft> drafts = new ArrayList<>();
  private Draft lastDirect;

  QuoteAttributor(Discourse d, Cues cues) {
    this.d = d;
    this.cues = cues;
  }

  List<Draft> run() {
    for (int q = 0; q < d.quotes().size(); q++) {
      int[] content = QuoteContent.of(d, q);
      if (content == null || embedded(q)) {
        continue;
      }
      Draft draft = attribute(q, content);
      if (draft != null) {
        drafts.add(draft);
        lastDirect = draft;
      }
    }
    return drafts;
  }

  private Draft attribute(int q, int[] c) {
    Draft found = immediatelyAfter(q, c);
    if (found == null) {
      found = before(q, c);
    }
    if (found == null) {
      found = speakerThenCue(q, c);
    }
    if (found == null) {
      found = accordingTo(q, c);
    }
    if (found == null) {
      found = continuation(q, c);
    }
    return found != null ? found : unknown(q, c);
  }

  /** A cue before the quotation whose gap holds words that were not said. */
  private boolean embedded(int q) {
    int open = d.quoteFrom(q);
    Cue c = cues.lastEndingBefore(open, d.sentenceOf(open));
    if (c == null || open - c.to() > 3 * GAP || c.verb().kind() == CueKind.ACCORDING_TO) {
      return false;
    }
    boolean attributive = Attributive.gap(d, Addressee.after(d, c).next(), open);
    return !attributive && !cueRightAfter(q);
  }

  private boolean cueRightAfter(int q) {
    Cue c = cues.startingAt(skipComma(d.quoteTo(q)));
    return c != null && c.verb().kind() != CueKind.ACCORDING_TO;
  }

  private int skipComma(int t) {
    return d.norm(t).equals(",") && d.quoteAt(t) < 0 ? t + 1 : t;
  }

  private Draft immediatelyAfter(int q, int[] c) {
    int t = skipComma(d.quoteTo(q));
    Cue cue = cues.startingAt(t);
    if (cue == null || cue.verb().kind() == CueKind.ACCORDING_TO
        || d.sentenceOf(t) != d.sentenceOf(d.quoteTo(q) - 1)) {
      return null;
    }
    cues.use(cue);
    Speaker s = SpeakerFinder.after(d, cue.to() - 1);
    return new Draft(c[0], c[1], StatementMode.DIRECT, s, cue).with(Addressee.after(d, cue));
  }

  private Draft before(int q, int[] c) {
    int open = d.quoteFrom(q);
    Cue cue = cues.lastEndingBefore(open, d.sentenceOf(open));
    if (cue == null || open - cue.to() > GAP || cue.verb().kind() == CueKind.ACCORDING_TO) {
      return null;
    }
    Addressee a = Addressee.after(d, cue);
    if (!Attributive.gap(d, a.next(), open)) {
      return null;
    }
    cues.use(cue);
    Speaker s = SpeakerFinder.before(d, cue.from());
    if (s.isNone()) {
      s = SpeakerFinder.after(d, a.next() - 1);
    }
    return new Draft(c[0], c[1], StatementMode.DIRECT, s, cue).with(a);
  }

  private Draft speakerThenCue(int q, int[] c) {
    if (!endsWithPause(q)) {
      return null;
    }
    int from = skipComma(d.quoteTo(q));
    int sentence = d.sentenceOf(d.quoteTo(q) - 1);
    for (int t = from; t < from + SPEAKER_GAP && t < d.size(); t++) {
      if (d.sentenceOf(t) != sentence || d.quoteAt(t) >= 0 || d.norm(t).equals(".")) {
        return null;
      }
      Cue cue = cues.startingAt(t);
      if (cue != null) {
        cues.use(cue);
        Speaker s = SpeakerFinder.between(d, from, t);
        return new Draft(c[0], c[1], StatementMode.DIRECT, s, cue).with(Addressee.after(d, cue));
      }
    }
    return null;
  }

  /** The quotation ends with a comma, a question or exclamation mark, or a comma follows it. */
  private boolean endsWithPause(int q) {
    int to = d.quoteTo(q);
    for (int t = to - 1; t >= to - 3 && t >= d.quoteFrom(q); t--) {
      String w = d.norm(t);
      if (w.equals(",") || w.equals("?") || w.equals("!")) {
        return true;
      }
      if (d.token(t).isWord()) {
        break;
      }
    }
    return d.norm(to).equals(",");
  }

  private Draft accordingTo(int q, int[] c) {
    Cue cue = cues.accordingToNear(d.sentenceOf(d.quoteTo(q) - 1), d.quoteTo(q));
    if (cue == null) {
      return null;
    }
    cues.use(cue);
    return new Draft(c[0], c[1], StatementMode.DIRECT, SpeakerFinder.after(d, cue.to() - 1), cue);
  }

  private Draft continuation(int q, int[] c) {
    if (lastDirect == null || lastDirect.speaker().isNone()) {
      return null;
    }
    Quote quote = d.quotes().get(q);
    int here = d.sentenceOf(d.quoteFrom(q));
    int there = d.sentenceOf(lastDirect.contentTo() - 1);
    boolean near = here >= 0 && there >= 0 && here - there <= CONTINUE_SENTENCES
        && d.paragraphOf(here) - d.paragraphOf(there) <= 1;
    boolean longEnough = c[1] - c[0] >= 4 || !quote.opened();
    if (!near || !longEnough || cues.anyUnusedNear(here, d.quoteFrom(q))) {
      return null;
    }
    Speaker same = new Speaker(lastDirect.speaker().ref(), java.util.Optional.empty());
    return new Draft(c[0], c[1], StatementMode.DIRECT, same.isNone() ? lastDirect.speaker() : same,
        null);
  }

  private Draft unknown(int q, int[] c) {
    int open = d.quoteFrom(q);
    int s = d.sentenceOf(open);
    if (s < 0 || open != d.sentenceFrom(s) || c[1] - c[0] < UNKNOWN_MIN_WORDS) {
      return null;
    }
    return new Draft(c[0], c[1], StatementMode.DIRECT, Speaker.NONE, null);
  }
}

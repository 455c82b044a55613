package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotations of one paragraph in one pass with a stack of open marks.
 *
 * <ul>
 *   <li>Curly marks ({@code “ ” ‘ ’}, and {@code « » „}) say which way they face; straight
 *       ones ({@code " '}) are judged by their neighbours ({@link MarkRole}), and when that
 *       is not enough by the quotations open at the time.
 *   <li>A single mark between letters ("People's", "Iraq’s") is an apostrophe; one after a
 *       word with no single quotation open ("the extremists' rise") is one too. A straight
 *       single quotation left open is dropped, as it is most likely an apostrophe.
 *   <li>Quotations nest: a closing double mark closes the nearest open double quotation, and
 *       drops the single ones opened inside it and left open.
 *   <li>A closing double mark with no opening one starts its quotation at the start of the
 *       sentence it stands in, or just after the paragraph's previous quotation or stray
 *       closing mark when that ends later: in {@code "A..." said X. [B] can meet ... on the run."} the second
 *       quotation is {@code [B] can meet ... on the run.}. It has {@code opened = false}.
 *   <li>An opening mark never closed runs to the end of its paragraph, with
 *       {@code closed = false}: news quotations running over several paragraphs leave their
 *       mark open at each paragraph's end.
 *   <li>Marks around no letter or digit make no quotation; at most {@link #MAX_DEPTH}
 *       quotations are open at once, further opening marks are ignored.
 * </ul>
 */
final class QuoteReader {

  /** The deepest nesting of open quotations that is followed. */
  static final int MAX_DEPTH = 16;

  private static final int DOUBLE = 0;
  private static final int SINGLE_CURLY = 1;
  private static final int SINGLE_STRAIGHT = 2;

  private final String text;
  private final int from;
  private final int to;
  private final SentenceStarts sentences;
  private final int[] openAt = new int[MAX_DEPTH];
  private final int[] openKind = new int[MAX_DEPTH];
  private final List<Quote> found = new ArrayList<>();
  private int depth;
  private int doubles;
  private int lastEnd;

  private QuoteReader(String text, int from, int to, SentenceStarts sentences) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.sentences = sentences;
    this.lastEnd = from;
  }

  /**
   * @param text the text
   * @param from where the paragraph's body starts (after any dateline)
   * @param to the offset past the paragraph
   * @param sentences the sentence starts of the text, read forward
   * @param out where the quotations are added, ordered by start
   */
  static void read(String text, int from, int to, SentenceStarts sentences, List<Quote> out) {
    QuoteReader reader = new QuoteReader(text, from, to, sentences);
    reader.scan();
    reader.found.sort(Comparator.comparing(Quote::outer));
    out.addAll(reader.found);
  }

  private void scan() {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Chars.isQuoteMark(c)) {
        mark(c, i);
      }
    }
    closeOpenAtEnd();
  }

  private void mark(char c, int i) {
    switch (c) {
      case '"':
        straightDouble(i);
        break;
      case '\u201C':
      case '\u00AB':
      case '\u201E':
        push(i, DOUBLE);
        break;
      case '\u201D':
      case '\u00BB':
        closeDouble(i);
        break;
      case '\'':
        straightSingle(i);
        break;
      case '\u2018':
        curlyOpenSingle(i);
        break;
      default:
        curlyCloseSingle(i);
    }
  }

  private void straightDouble(int i) {
    MarkRole role = MarkRole.of(text, i, from, to);
    if (role == MarkRole.OPEN || (role == MarkRole.EITHER && doubles == 0)) {
      push(i, DOUBLE);
    } else if (role != MarkRole.NONE) {
      closeDouble(i);
    }
  }

  private void straightSingle(int i) {
    if (MarkRole.isApostrophe(text, i, from, to)) {
      return;
    }
    MarkRole role = MarkRole.of(text, i, from, to);
    boolean letterNext = i + 1 < to && Character.isLetter(text.charAt(i + 1));
    if (role == MarkRole.OPEN && letterNext) {
      push(i, SINGLE_STRAIGHT);
    } else if (role == MarkRole.CLOSE || role == MarkRole.EITHER) {
      closeSingle(i);
    }
  }

  private void curlyOpenSingle(int i) {
    boolean digitNext = i + 1 < to && Character.isDigit(text.charAt(i + 1));
    if (!MarkRole.isApostrophe(text, i, from, to) && !digitNext) {
      push(i, SINGLE_CURLY);
    }
  }

  private void curlyCloseSingle(int i) {
    if (!MarkRole.isApostrophe(text, i, from, to)) {
      closeSingle(i);
    }
  }

  private void push(int i, int kind) {
    if (depth == MAX_DEPTH) {
      return;
    }
    openAt[depth] = i;
    openKind[depth] = kind;
    depth++;
    doubles += kind == DOUBLE ? 1 : 0;
  }

  /** Closes the innermost open single quotation, if it is the innermost of all. */
  private void closeSingle(int i) {
    if (depth > 0 && openKind[depth - 1] != DOUBLE) {
      depth--;
      record(openAt[depth], i, true, true);
    }
  }

  private void closeDouble(int i) {
    if (doubles == 0) {
      depth = 0;
      unopened(i);
      return;
    }
    while (openKind[depth - 1] != DOUBLE) {
      depth--;
    }
    depth--;
    doubles--;
    record(openAt[depth], i, true, true);
  }

  private void unopened(int i) {
    int start = Math.max(Math.max(sentences.startBefore(i), lastEnd), from);
    while (start < i && (Chars.isSpace(text.charAt(start)) || isLeadingPunct(text.charAt(start)))) {
      start++;
    }
    if (start < i) {
      record(start - 1, i, false, true);
    }
    lastEnd = Math.max(lastEnd, i + 1);
  }

  private static boolean isLeadingPunct(char c) {
    return c == ',' || c == ';' || c == ':';
  }

  private void closeOpenAtEnd() {
    for (int k = 0; k < depth; k++) {
      if (openKind[k] != SINGLE_STRAIGHT) {
        record(openAt[k], to, true, false);
      }
    }
    depth = 0;
  }

  /** Stops at the first letter or digit, so quotations of words cost little to check. */
  private boolean hasLetterOrDigit(Span span) {
    for (int i = span.getStart(); i < span.getEnd(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records a quotation. For an unopened one, {@code open} is one before its first word, so
   * that the inner span always starts at {@code open + 1}.
   */
  private void record(int open, int close, boolean opened, boolean closed) {
    Span inner = Lines.trim(text, open + 1, close);
    if (!hasLetterOrDigit(inner)) {
      return;
    }
    Span outer = Span.of(opened ? open : inner.getStart(), closed ? close + 1 : close);
    found.add(new Quote(outer, inner, opened, closed));
    lastEnd = Math.max(lastEnd, outer.getEnd());
  }
}

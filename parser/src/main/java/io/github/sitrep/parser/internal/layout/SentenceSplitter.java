package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.List;

/**
 * Splits a paragraph into sentences in one left-to-right pass.
 *
 * <p>A sentence ends after a run of terminators ({@code . ? ! …}) and any closing quotation
 * marks or brackets that follow it, when white space and then something other than a
 * lower-case letter come next. A lone full stop after an abbreviation does not end a
 * sentence: see {@link Abbreviations}. Sentences never leave the range they are given, and
 * each is trimmed of white space.
 */
final class SentenceSplitter {

  private SentenceSplitter() {}

  /**
   * @param text the text
   * @param from the first offset of the range (a paragraph, or its part after a dateline)
   * @param to the offset past the end of the range
   * @param out where the sentences are added, in order
   */
  static void split(String text, int from, int to, List<Span> out) {
    int sentenceStart = from;
    int i = from;
    while (i < to) {
      if (!Chars.isTerminator(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = skipTerminators(text, i, to);
      int closed = skipClosers(text, runEnd, to);
      if (closed == to || !Chars.isSpace(text.charAt(closed))) {
        i = Math.max(closed, i + 1);
        continue;
      }
      int next = skipSpace(text, closed, to);
      if (next < to && endsHere(text, from, i, runEnd, closed, next)) {
        add(text, sentenceStart, closed, out);
        sentenceStart = next;
      }
      i = next;
    }
    add(text, sentenceStart, to, out);
  }

  private static boolean endsHere(String text, int from, int run, int runEnd, int closed,
      int next) {
    char first = text.charAt(next);
    if (Character.isLowerCase(first) || first == ',' || first == ';' || first == ':') {
      return false;
    }
    if (runEnd - run != 1 || text.charAt(run) != '.' || closed != runEnd) {
      return true;
    }
    switch (Abbreviations.before(text, run, from)) {
      case TITLE:
        return false;
      case NUMBERED:
        return !Character.isDigit(first);
      case AMBIGUOUS:
        return Abbreviations.isOpener(wordAt(text, next));
      default:
        return true;
    }
  }

  private static String wordAt(String text, int start) {
    int end = start;
    int limit = Math.min(text.length(), start + 32);
    while (end < limit && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  private static int skipTerminators(String text, int i, int to) {
    int j = i;
    while (j < to && Chars.isTerminator(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int skipClosers(String text, int i, int to) {
    int j = i;
    while (j < to && Chars.isCloser(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int skipSpace(String text, int i, int to) {
    int j = i;
    while (j < to && Chars.isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static void add(String text, int from, int to, List<Span> out) {
    Span span = Lines.trim(text, from, to);
    if (span.length() > 0) {
      out.add(span);
    }
  }
}

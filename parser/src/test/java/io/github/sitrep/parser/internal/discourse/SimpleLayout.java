package io.github.sitrep.parser.internal.discourse;

import io.github.sitrep.model.Span;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.layout.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plain layout for tests: every non-blank line a paragraph, sentences ending at . ? ! (or
 * such a mark and a closing quotation mark) before a space and a capital, bracket or
 * quotation mark, except after short abbreviations; quotation marks paired within a
 * paragraph, a lone closing mark making a quotation that opens at its sentence's start.
 */
public final class SimpleLayout {

  private static final Set<String> ABBREVIATIONS = Set.of("Lt", "Gen", "Col", "Maj", "Mr", "Mrs",
      "Dr", "St", "Sgt", "Capt", "Brig", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec");

  private SimpleLayout() {}

  /**
   * @param text the text
   * @return its layout, the first line being the headline
   */
  public static Layout withHeadline(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return of(text);
    }
    Layout body = of(text.substring(0, nl).replaceAll(".", " ") + text.substring(nl));
    return new Layout(Optional.of(Span.of(0, nl)), Optional.empty(), body.paragraphs(),
        body.sentences(), body.quotes());
  }

  /**
   * @param text the text
   * @return its layout, without headline or dateline
   */
  public static Layout of(String text) {
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(start, i).isBlank()) {
          paragraphs.add(Span.of(start, i));
        }
        start = i + 1;
      }
    }
    List<Span> sentences = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (Span p : paragraphs) {
      List<Span> own = sentences(text, p);
      sentences.addAll(own);
      quotes.addAll(quotes(text, p, own));
    }
    return new Layout(Optional.empty(), Optional.empty(), paragraphs, sentences, quotes);
  }

  private static List<Span> sentences(String text, Span p) {
    List<Span> out = new ArrayList<>();
    int s = p.getStart();
    for (int i = p.getStart(); i < p.getEnd(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i, p.getEnd())) {
        int end = i + 1 < p.getEnd() && text.charAt(i + 1) == '"' ? i + 2 : i + 1;
        out.add(Span.of(s, end));
        s = end + 1;
      }
    }
    if (s < p.getEnd()) {
      out.add(Span.of(s, p.getEnd()));
    }
    return out;
  }

  private static boolean endsSentence(String text, int i, int end) {
    int j = i + 1 < end && text.charAt(i + 1) == '"' ? i + 2 : i + 1;
    if (j + 1 >= end || text.charAt(j) != ' ') {
      return false;
    }
    char next = text.charAt(j + 1);
    if (!Character.isUpperCase(next) && next != '"' && next != '[') {
      return false;
    }
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, i);
    return !ABBREVIATIONS.contains(word) && !(word.length() == 1 && Character.isUpperCase(word.charAt(0)));
  }

  private static List<Quote> quotes(String text, Span p, List<Span> sentences) {
    List<Integer> marks = new ArrayList<>();
    for (int i = p.getStart(); i < p.getEnd(); i++) {
      if (text.charAt(i) == '"') {
        marks.add(i);
      }
    }
    List<Quote> out = new ArrayList<>();
    int k = 0;
    while (k < marks.size()) {
      int m = marks.get(k);
      boolean closing = m + 1 >= p.getEnd() || !Character.isLetterOrDigit(text.charAt(m + 1))
          && text.charAt(m + 1) != '[';
      if (closing && (m == p.getStart() || text.charAt(m - 1) != ' ')) {
        int from = sentenceStart(sentences, m);
        out.add(new Quote(Span.of(from, m + 1), Span.of(from, m), false, true));
        k++;
      } else if (k + 1 < marks.size()) {
        int e = marks.get(k + 1);
        out.add(new Quote(Span.of(m, e + 1), Span.of(m + 1, e), true, true));
        k += 2;
      } else {
        out.add(new Quote(Span.of(m, p.getEnd()), Span.of(m + 1, p.getEnd()), true, false));
        k++;
      }
    }
    return out;
  }

  private static int sentenceStart(List<Span> sentences, int at) {
    for (Span s : sentences) {
      if (s.getStart() <= at && at < s.getEnd()) {
        return s.getStart();
      }
    }
    return at;
  }
}

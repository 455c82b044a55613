package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the layout of an article: headline, dateline, paragraphs, sentences, quotations.
 *
 * <ul>
 *   <li>The first non-blank line is the headline when it looks like one: at most
 *       {@link #MAX_HEADLINE} characters, with a letter, no dateline, not ending with a full
 *       stop and holding a single sentence. Otherwise the article has no headline and that
 *       line is the first paragraph.
 *   <li>Every other non-blank line is a paragraph, trimmed: articles separate paragraphs by
 *       blank lines or by single line breaks, and both read the same.
 *   <li>The dateline, if any, opens the first paragraph ({@link DatelineReader}); it stays
 *       inside that paragraph's span, but the first sentence and quotation start after it.
 *   <li>Sentences and quotations never cross paragraphs ({@link SentenceSplitter},
 *       {@link QuoteReader}).
 * </ul>
 *
 * <p>Every step is a single pass over the text or reads a bounded window, so analysis takes
 * time linear in the text's length, and it never throws on any string. Stateless and
 * thread-safe.
 */
public final class LayoutAnalyzer {

  /** The longest line taken for a headline. */
  public static final int MAX_HEADLINE = 250;

  /**
   * @param text the article text, any string
   * @return its layout
   */
  public Layout analyze(String text) {
    List<Span> lines = Lines.of(text);
    if (lines.isEmpty()) {
      return new Layout(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
    }
    Optional<Span> headline = isHeadline(text, lines.get(0))
        ? Optional.of(lines.get(0)) : Optional.empty();
    List<Span> paragraphs = headline.isPresent() ? lines.subList(1, lines.size()) : lines;
    Optional<DatelineParts> dateline = paragraphs.isEmpty()
        ? Optional.empty() : DatelineReader.read(text, paragraphs.get(0));
    int[] bodyStarts = bodyStarts(paragraphs, dateline);
    List<Span> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      SentenceSplitter.split(text, bodyStarts[p], paragraphs.get(p).getEnd(), sentences);
    }
    List<Quote> quotes = new ArrayList<>();
    SentenceStarts starts = new SentenceStarts(sentences);
    for (int p = 0; p < paragraphs.size(); p++) {
      QuoteReader.read(text, bodyStarts[p], paragraphs.get(p).getEnd(), starts, quotes);
    }
    return new Layout(headline, dateline, paragraphs, sentences, quotes);
  }

  private static int[] bodyStarts(List<Span> paragraphs, Optional<DatelineParts> dateline) {
    int[] starts = new int[paragraphs.size()];
    for (int p = 0; p < starts.length; p++) {
      starts[p] = paragraphs.get(p).getStart();
    }
    dateline.ifPresent(d -> starts[0] = d.raw().getEnd());
    return starts;
  }

  private static boolean isHeadline(String text, Span line) {
    if (line.length() > MAX_HEADLINE || text.charAt(line.getEnd() - 1) == '.') {
      return false;
    }
    if (!hasLetter(text, line) || DatelineReader.read(text, line).isPresent()) {
      return false;
    }
    List<Span> sentences = new ArrayList<>(2);
    SentenceSplitter.split(text, line.getStart(), line.getEnd(), sentences);
    return sentences.size() == 1;
  }

  private static boolean hasLetter(String text, Span line) {
    for (int i = line.getStart(); i < line.getEnd(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

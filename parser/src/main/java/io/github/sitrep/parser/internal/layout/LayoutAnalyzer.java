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
 *   <li>The dateline, if any, opens the first paragraph ({@link DatelineReader}), or one of
 *       the next {@link #MAX_RELEASE_LINES} when only release lines come before it (short
 *       paragraphs with no closing full stop: "Ministry of Defence, press release"). It
 *       stays inside its paragraph's span, but that paragraph's first sentence and
 *       quotation start after it.
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

  /** How many release lines may stand before the dateline's paragraph. */
  static final int MAX_RELEASE_LINES = 2;

  /** The longest paragraph taken for a release line. */
  static final int MAX_RELEASE_LINE = 150;

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
    Optional<DatelineParts> dateline = dateline(text, paragraphs);
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

  /** The dateline opening one of the first paragraphs, after release lines only. */
  private static Optional<DatelineParts> dateline(String text, List<Span> paragraphs) {
    int limit = Math.min(paragraphs.size(), MAX_RELEASE_LINES + 1);
    for (int p = 0; p < limit; p++) {
      Optional<DatelineParts> parts = DatelineReader.read(text, paragraphs.get(p));
      if (parts.isPresent() || !isReleaseLine(text, paragraphs.get(p))) {
        return parts;
      }
    }
    return Optional.empty();
  }

  /** "Inter-Services Public Relations (ISPR), press release": short, no closing full stop. */
  private static boolean isReleaseLine(String text, Span paragraph) {
    char last = text.charAt(paragraph.getEnd() - 1);
    return paragraph.length() <= MAX_RELEASE_LINE && !Chars.isTerminator(last);
  }

  private static int[] bodyStarts(List<Span> paragraphs, Optional<DatelineParts> dateline) {
    int[] starts = new int[paragraphs.size()];
    for (int p = 0; p < starts.length; p++) {
      Span paragraph = paragraphs.get(p);
      boolean dated = dateline.isPresent()
          && dateline.get().raw().getStart() == paragraph.getStart();
      starts[p] = dated ? dateline.get().raw().getEnd() : paragraph.getStart();
    }
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

package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Span;

/**
 * Checks that every span (of mentions, dates, paragraphs, sentences, the headline and the
 * dateline) lies inside the article's text, reporting {@link IssueCodes#SPAN_OUTSIDE_TEXT},
 * and that the text at each mention's or date's span is the text it says it covers,
 * reporting {@link IssueCodes#SPAN_TEXT_MISMATCH}. Stateless and thread-safe.
 */
public final class SpanValidator implements ArticleValidator {

  private static final int SHOWN = 40;

  @Override
  public void validate(Article article, IssueReporter reporter) {
    String text = article.getText();
    for (TextSites.Site site : TextSites.of(article)) {
      Span span = site.span();
      if (span.getEnd() > text.length()) {
        reporter.error(IssueCodes.SPAN_OUTSIDE_TEXT, "span " + span.getStart() + ".."
            + span.getEnd() + " ends past the text, which has " + text.length()
            + " characters", site.path(), span);
      } else if (site.expected().filter(e -> !covers(text, span, e)).isPresent()) {
        mismatch(site, article.covered(span), reporter);
      }
    }
  }

  private static boolean covers(String text, Span span, String expected) {
    return expected.length() == span.length()
        && text.regionMatches(span.getStart(), expected, 0, expected.length());
  }

  private static void mismatch(TextSites.Site site, String actual, IssueReporter reporter) {
    String expected = site.expected().get();
    int from = Math.max(0, firstDifference(expected, actual) - SHOWN / 4);
    reporter.error(IssueCodes.SPAN_TEXT_MISMATCH, "says '" + excerpt(expected, from)
        + "' but the text there is '" + excerpt(actual, from) + "'", site.path(), site.span());
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static String excerpt(String s, int from) {
    int start = Math.min(from, s.length());
    int end = Math.min(s.length(), start + SHOWN);
    return (start > 0 ? "..." : "") + s.substring(start, end) + (end < s.length() ? "..." : "");
  }
}

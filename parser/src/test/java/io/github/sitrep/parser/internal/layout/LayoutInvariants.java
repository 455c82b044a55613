package io.github.sitrep.parser.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Structural checks every layout must pass, in time linear in its size. */
final class LayoutInvariants {

  private LayoutInvariants() {}

  static void check(String text, Layout layout) {
    layout.headline().ifPresent(h -> {
      assertInside(text, h);
      assertThat(h.length()).isPositive();
      layout.paragraphs().stream().findFirst()
          .ifPresent(p -> assertThat(p.getStart()).isGreaterThanOrEqualTo(h.getEnd()));
    });
    checkParagraphs(text, layout.paragraphs());
    layout.dateline().ifPresent(d -> checkDateline(layout, d));
    checkWithinParagraphs(layout.paragraphs(), layout.sentences());
    checkQuotes(text, layout);
  }

  private static void checkParagraphs(String text, List<Span> paragraphs) {
    int previousEnd = 0;
    for (Span p : paragraphs) {
      assertInside(text, p);
      assertThat(p.length()).isPositive();
      assertThat(p.getStart()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(Chars.isSpace(text.charAt(p.getStart()))).isFalse();
      assertThat(Chars.isSpace(text.charAt(p.getEnd() - 1))).isFalse();
      previousEnd = p.getEnd();
    }
  }

  private static void checkDateline(Layout layout, DatelineParts d) {
    Span first = layout.paragraphs().stream()
        .filter(p -> p.getStart() == d.raw().getStart()).findFirst().orElseThrow();
    assertThat(layout.paragraphs().indexOf(first))
        .isLessThanOrEqualTo(LayoutAnalyzer.MAX_RELEASE_LINES);
    assertThat(first.encloses(d.raw())).isTrue();
    assertThat(d.raw().encloses(d.place())).isTrue();
    d.date().ifPresent(s -> assertThat(d.raw().encloses(s)).isTrue());
    d.agency().ifPresent(s -> assertThat(d.raw().encloses(s)).isTrue());
  }

  /** Spans are ordered, do not overlap, are not empty and each lies in one paragraph. */
  private static void checkWithinParagraphs(List<Span> paragraphs, List<Span> spans) {
    int p = 0;
    int previousEnd = 0;
    for (Span s : spans) {
      assertThat(s.length()).isPositive();
      assertThat(s.getStart()).isGreaterThanOrEqualTo(previousEnd);
      while (p < paragraphs.size() && paragraphs.get(p).getEnd() < s.getEnd()) {
        p++;
      }
      assertThat(p).as("span %s lies in a paragraph", s).isLessThan(paragraphs.size());
      assertThat(paragraphs.get(p).encloses(s)).as("span %s in %s", s, paragraphs.get(p)).isTrue();
      previousEnd = s.getEnd();
    }
  }

  private static void checkQuotes(String text, Layout layout) {
    Deque<Span> open = new ArrayDeque<>();
    int p = 0;
    Span previous = null;
    List<Span> paragraphs = layout.paragraphs();
    for (Quote q : layout.quotes()) {
      assertInside(text, q.outer());
      assertThat(q.outer().encloses(q.inner())).isTrue();
      assertThat(q.inner().length()).isPositive();
      if (previous != null) {
        assertThat(q.outer().getStart()).isGreaterThanOrEqualTo(previous.getStart());
      }
      while (p < paragraphs.size() && paragraphs.get(p).getEnd() < q.outer().getEnd()) {
        p++;
      }
      assertThat(p).isLessThan(paragraphs.size());
      assertThat(paragraphs.get(p).encloses(q.outer())).isTrue();
      while (!open.isEmpty() && open.peek().getEnd() <= q.outer().getStart()) {
        open.pop();
      }
      if (!open.isEmpty()) {
        assertThat(open.peek().encloses(q.outer())).as("%s nests in %s", q, open.peek()).isTrue();
      }
      open.push(q.outer());
      previous = q.outer();
    }
  }

  private static void assertInside(String text, Span span) {
    assertThat(span.getEnd()).isLessThanOrEqualTo(text.length());
  }
}

package io.github.sitrep.parser.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class LayoutProperties {

  private static final LayoutAnalyzer ANALYZER = new LayoutAnalyzer();

  /** Pieces of news text, chosen for the rules they exercise. */
  private static final String[] PIECES = {
      "ERBIL,", "Kurdistan", "Region", "BAMAKO", "(Reuters)", "(AP)", "—", "–", "-", "--", ":",
      "Jan.", "13,", "2017", "Lt.", "Gen.", "Paul", "E.", "Funk", "II", "U.S.", "a.m.", "p.m.",
      "No.", "Dr.", "Inc.", "said", "the", "The", "He", "coalition", "People's", "Iraq's",
      "fighters'", "\"", "“", "”", "‘", "’", "'", "«", "»", "...", "…", ".", "?", "!", ",",
      "[Iraqi", "forces]", "(", ")", "\n", "\n\n", "\r\n", "  ", "\t", "\u00A0", "\u2028",
      "on", "Sunday", "late-2013", "December", "3.", "\uD800", "\uDC00", "\u0000", "x.Y"};

  @Property(tries = 500)
  void neverThrowsAndKeepsItsInvariantsOnAnyString(@ForAll @StringLength(max = 400) String text) {
    Layout layout = ANALYZER.analyze(text);
    LayoutInvariants.check(text, layout);
  }

  @Property(tries = 1000)
  void keepsItsInvariantsOnArticleLikeText(@ForAll("articleLike") String text) {
    Layout layout = ANALYZER.analyze(text);
    LayoutInvariants.check(text, layout);
  }

  @Property(tries = 300)
  void isDeterministic(@ForAll("articleLike") String text) {
    assertThat(ANALYZER.analyze(text)).isEqualTo(new LayoutAnalyzer().analyze(text));
  }

  @Property(tries = 300)
  void sentencesCoverEveryParagraphWord(@ForAll("articleLike") String text) {
    Layout layout = ANALYZER.analyze(text);
    long inSentences = layout.sentences().stream().mapToLong(s -> letters(text, s.getStart(), s.getEnd())).sum();
    long inBodies = 0;
    for (int p = 0; p < layout.paragraphs().size(); p++) {
      int start = layout.paragraphs().get(p).getStart();
      int from = layout.dateline().filter(d -> d.raw().getStart() == start)
          .map(d -> d.raw().getEnd()).orElse(start);
      inBodies += letters(text, from, layout.paragraphs().get(p).getEnd());
    }
    assertThat(inSentences).isEqualTo(inBodies);
  }

  private static long letters(String text, int from, int to) {
    return text.substring(from, to).chars().filter(Character::isLetter).count();
  }

  @Provide
  Arbitrary<String> articleLike() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> joiner = Arbitraries.of(" ", " ", " ", "", "\n");
    return Arbitraries.lazy(() -> piece).list().ofMaxSize(80)
        .flatMap(words -> joiner.list().ofSize(words.size()).map(gaps -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < words.size(); i++) {
            sb.append(words.get(i)).append(gaps.get(i));
          }
          return sb.toString();
        }));
  }
}

package io.github.sitrep.testing;

import io.github.sitrep.model.Article;
import io.github.sitrep.testing.ArticleSpec.EntitySpec;
import io.github.sitrep.testing.ArticleSpec.EventSpec;
import io.github.sitrep.testing.ArticleSpec.Layout;
import io.github.sitrep.testing.ArticleSpec.StatementSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of whole, consistent articles: random text with entities whose mentions
 * point at real substrings, statements and events that refer to them, dates that respect
 * the publication date. Every generated article validates without issues.
 */
public final class ArticleArbitraries {

  private static final List<String> SYLLABLES = List.of("ka", "ro", "mi", "tal", "ves", "dor",
      "an", "ul", "bri", "zen", "ha", "qu", "el", "sa", "nor", "ib", "ya", "gor");

  private ArticleArbitraries() {}

  /** @return consistent articles */
  public static Arbitrary<Article> articles() {
    return specs().map(ArticleAssembler::assemble);
  }

  static Arbitrary<ArticleSpec> specs() {
    return Combinators.combine(entity().list().ofMinSize(3).ofMaxSize(9),
        statement().list().ofMaxSize(4), event().list().ofMaxSize(4),
        dates().optional(0.8), layout(), filler().list().ofMinSize(1).ofMaxSize(6))
        .as(ArticleSpec::new);
  }

  private static Arbitrary<EntitySpec> entity() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), word(),
        Arbitraries.of(true, false), choice().optional(0.6), choice(),
        Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).optional(),
        Arbitraries.doubles().between(-90, 90).optional(0.3),
        Arbitraries.of("Gen.", "Col.", "Minister", "President", "Lt. Gen.").list().ofMaxSize(2))
        .as(EntitySpec::new);
  }

  private static Arbitrary<StatementSpec> statement() {
    return Combinators.combine(choice().optional(0.8), Arbitraries.integers().between(0, 2),
        filler().filter(s -> !s.isEmpty()), choice().optional(0.3),
        Arbitraries.integers().between(0, 60).optional(0.5))
        .as(StatementSpec::new);
  }

  private static Arbitrary<EventSpec> event() {
    return Combinators.combine(choice(), choice(), choice(), choice().optional(),
        choice().optional(), Arbitraries.integers().between(0, 400).optional(0.7),
        choice().optional(0.3), Arbitraries.integers().between(0, 500).optional(0.3))
        .as(EventSpec::new);
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 40).map(d -> LocalDate.of(1995, 1, 1).plusDays(d));
  }

  private static Arbitrary<Layout> layout() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of("Invented Wire", "Radio Nowhere", "The Daily Example").optional())
        .as(Layout::new);
  }

  /** @return one to three capitalised words made of syllables */
  private static Arbitrary<String> word() {
    Arbitrary<String> one = Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(3)
        .map(s -> capitalise(String.join("", s)));
    return one.list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
  }

  /** @return text of any kind: quotes, back-slashes, line breaks, accents, pairs of surrogates */
  static Arbitrary<String> filler() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~')
        .withChars('\n', '\t', '\u00e9', '\u00df', '\u2014', '\u201c', '\u201d', '\u00a0', '\u0627')
        .ofMaxLength(30);
    Arbitrary<String> astral = Arbitraries.of("\ud83d\ude00", "\ud83c\uddee\ud83c\uddf6", "\ud835\udd18");
    return Arbitraries.oneOf(plain, plain, astral).list().ofMaxSize(4).map(p -> String.join(" ", p));
  }

  private static Arbitrary<Integer> choice() {
    return Arbitraries.integers().between(0, 1000);
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}

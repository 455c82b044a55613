package io.github.sitrep.parser.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.parser.internal.layout.LayoutAnalyzer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class TimeNormalizerProperties {

  private static final TimeNormalizer NORMALIZER = new TimeNormalizer();

  /** Pieces of dated news text. */
  private static final String[] PIECES = {
      "on", "in", "On", "In", "Sunday", "Saturday", "Monday", "SUNDAY", "sunday", "night",
      "December", "Dec", "Dec.", "Jan.", "Sept.", "May", "March", "3", "3rd", "21", "31", "30",
      "45", "2017", "2016", "2000", "1899", "2017-12-03", "2017-02-30", "-", ",", ".", "'s",
      "late", "late-", "early", "mid-", "mid", "last", "this", "next", "week", "weeks", "month",
      "year", "years", "a", "two", "ago", "earlier", "later", "yesterday", "today", "tomorrow",
      "the", "past", "of", "will", "said", "troops", "about", "\n", "\uD800", "'", "%",
      "since", "overnight", "hours", "same", "day", "that", "was", "due"};

  private static List<TimeMention> find(String text, Optional<LocalDate> reference) {
    return NORMALIZER.find(text, new LayoutAnalyzer().analyze(text), reference);
  }

  @Property(tries = 500)
  void neverThrowsOnAnyString(@ForAll @StringLength(max = 300) String text,
      @ForAll("references") Optional<LocalDate> reference) {
    checkMentions(text, find(text, reference));
  }

  @Property(tries = 1000)
  void mentionsAreOrderedAndTrueToTheText(@ForAll("dated") String text,
      @ForAll("references") Optional<LocalDate> reference) {
    checkMentions(text, find(text, reference));
  }

  @Property(tries = 500)
  void withoutReferenceOnlyDatesWithTheirYearAreResolved(@ForAll("dated") String text) {
    for (TimeMention m : find(text, Optional.empty())) {
      TimeExpression v = m.value();
      String lower = v.getText().toLowerCase(Locale.ROOT);
      boolean countsFromPrevious = lower.contains("earlier") || lower.contains("later")
          || lower.contains("same");
      if (v.resolved() && !countsFromPrevious) {
        assertThat(v.getYear()).as(v.getText()).isPresent();
        assertThat(v.getEarliest().get().getYear()).isEqualTo(v.getYear().get());
      }
    }
  }

  @Property(tries = 500)
  void resolvedWeekdaysFallOnTheirWeekday(@ForAll("dated") String text,
      @ForAll("references") Optional<LocalDate> reference) {
    for (TimeMention m : find(text, reference)) {
      TimeExpression v = m.value();
      if (v.getWeekday().isPresent() && v.getDayOfMonth().isEmpty() && v.resolved()) {
        boolean since = v.getText().toLowerCase(Locale.ROOT).startsWith("since");
        assertThat(v.getPrecision()).isEqualTo(since ? DatePrecision.RANGE : DatePrecision.DAY);
        assertThat(v.getLatest()).hasValue(since ? reference.get() : v.getEarliest().get());
        assertThat(v.getEarliest().get().getDayOfWeek()).isEqualTo(v.getWeekday().get());
        assertThat(Math.abs(v.getEarliest().get().toEpochDay() - reference.get().toEpochDay()))
            .isLessThanOrEqualTo(7);
      }
    }
  }

  @Property(tries = 300)
  void isDeterministic(@ForAll("dated") String text,
      @ForAll("references") Optional<LocalDate> reference) {
    assertThat(find(text, reference)).isEqualTo(find(text, reference));
  }

  static void checkMentions(String text, List<TimeMention> mentions) {
    int previousEnd = 0;
    for (TimeMention m : mentions) {
      assertThat(m.span().getStart()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.span().getEnd()).isLessThanOrEqualTo(text.length());
      assertThat(m.value().getSpan()).hasValue(m.span());
      assertThat(m.value().getText())
          .isEqualTo(text.substring(m.span().getStart(), m.span().getEnd()));
      previousEnd = m.span().getEnd();
    }
  }

  @Provide
  Arbitrary<Optional<LocalDate>> references() {
    return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
            LocalDate.of(2030, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay).optional();
  }

  @Provide
  Arbitrary<String> dated() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> joiner = Arbitraries.of(" ", " ", " ", "", ", ");
    return piece.list().ofMaxSize(40)
        .flatMap(words -> joiner.list().ofSize(words.size()).map(gaps -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < words.size(); i++) {
            sb.append(words.get(i)).append(gaps.get(i));
          }
          return sb.toString();
        }));
  }
}

package io.github.sitrep.parser.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.parser.internal.layout.LayoutAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeNormalizerTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2017, 12, 11);
  private static final TimeNormalizer NORMALIZER = new TimeNormalizer();

  static List<TimeExpression> find(String text, LocalDate reference) {
    return NORMALIZER.find(text, new LayoutAnalyzer().analyze(text), Optional.ofNullable(reference))
        .stream().map(TimeMention::value).collect(Collectors.toList());
  }

  private static String describe(TimeExpression e) {
    return e.getText() + " " + e.getPrecision() + " "
        + e.getEarliest().map(Object::toString).orElse("-") + ".."
        + e.getLatest().map(Object::toString).orElse("-");
  }

  private static List<String> described(String text, LocalDate reference) {
    return find(text, reference).stream().map(TimeNormalizerTest::describe)
        .collect(Collectors.toList());
  }

  @Test
  void seedDatesResolveAgainstThePublicationDate() throws IOException {
    String seed = Files.readString(Path.of("../seeds/000_d761ccc542c0aeb6.txt"));
    assertThat(described(seed, PUBLISHED)).containsExactly(
        "on Sunday DAY 2017-12-10..2017-12-10",
        "in late-2013 RANGE 2013-09-01..2013-12-31",
        "2014 YEAR 2014-01-01..2014-12-31",
        "on Monday DAY 2017-12-11..2017-12-11",
        "on December 3 DAY 2017-12-03..2017-12-03",
        "on Saturday DAY 2017-12-09..2017-12-09",
        "on Saturday DAY 2017-12-09..2017-12-09",
        "on November 21 DAY 2017-11-21..2017-11-21",
        "on Monday DAY 2017-12-11..2017-12-11");
  }

  @Test
  void seedWithoutPublicationDateKeepsWhatIsKnown() throws IOException {
    String seed = Files.readString(Path.of("../seeds/000_d761ccc542c0aeb6.txt"));
    List<TimeExpression> found = find(seed, null);
    assertThat(found).extracting(TimeNormalizerTest::describe).containsExactly(
        "on Sunday UNRESOLVED -..-",
        "in late-2013 RANGE 2013-09-01..2013-12-31",
        "2014 YEAR 2014-01-01..2014-12-31",
        "on Monday UNRESOLVED -..-",
        "on December 3 UNRESOLVED -..-",
        "on Saturday UNRESOLVED -..-",
        "on Saturday UNRESOLVED -..-",
        "on November 21 UNRESOLVED -..-",
        "on Monday UNRESOLVED -..-");
    assertThat(found.get(0).getWeekday()).hasValue(DayOfWeek.SUNDAY);
    assertThat(found.get(4).getMonth()).hasValue(Month.DECEMBER);
    assertThat(found.get(4).getDayOfMonth()).hasValue(3);
    assertThat(found.get(4).getYear()).isEmpty();
    assertThat(found.get(1).getYear()).hasValue(2013);
  }

  /** Each row: a sentence, then the one expression expected in it, resolved on 2017-12-11. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Fighters attacked on Sunday.|on Sunday DAY 2017-12-10..2017-12-10",
      "Saturday was quiet.|Saturday DAY 2017-12-09..2017-12-09",
      "Rockets fell Sunday night.|Sunday night DAY 2017-12-10..2017-12-10",
      "The talks ended on Monday.|on Monday DAY 2017-12-11..2017-12-11",
      "The town fell on December 3.|on December 3 DAY 2017-12-03..2017-12-03",
      "It began November 21.|November 21 DAY 2017-11-21..2017-11-21",
      "It began Dec. 3 with shelling.|Dec. 3 DAY 2017-12-03..2017-12-03",
      "It began 3 December with shelling.|3 December DAY 2017-12-03..2017-12-03",
      "It began on the 3rd of December.|3rd of December DAY 2017-12-03..2017-12-03",
      "It began December 3, 2016.|December 3, 2016 DAY 2016-12-03..2016-12-03",
      "It began Jan. 13, 2017.|Jan. 13, 2017 DAY 2017-01-13..2017-01-13",
      "It began 13 January 2017.|13 January 2017 DAY 2017-01-13..2017-01-13",
      "It began Sunday, December 3, 2017.|Sunday, December 3, 2017 DAY 2017-12-03..2017-12-03",
      "They met in January.|in January MONTH 2017-01-01..2017-01-31",
      "They met in December.|in December MONTH 2017-12-01..2017-12-31",
      "They met in January 2015.|in January 2015 MONTH 2015-01-01..2015-01-31",
      "They met in May.|in May MONTH 2017-05-01..2017-05-31",
      "They met in 2016.|in 2016 YEAR 2016-01-01..2016-12-31",
      "The rise in late-2013 was fast.|in late-2013 RANGE 2013-09-01..2013-12-31",
      "The rise in late 2013 was fast.|in late 2013 RANGE 2013-09-01..2013-12-31",
      "It fell in early 2014.|in early 2014 RANGE 2014-01-01..2014-04-30",
      "It fell by mid-2015.|mid-2015 RANGE 2015-05-01..2015-08-31",
      "It fell in mid-December.|in mid-December RANGE 2017-12-11..2017-12-20",
      "It fell in late December 2016.|in late December 2016 RANGE 2016-12-21..2016-12-31",
      "They met last week.|last week WEEK 2017-12-04..2017-12-10",
      "They met this week.|this week WEEK 2017-12-11..2017-12-17",
      "They meet next week.|next week WEEK 2017-12-18..2017-12-24",
      "They met last month.|last month MONTH 2017-11-01..2017-11-30",
      "They met last year.|last year YEAR 2016-01-01..2016-12-31",
      "They meet next year.|next year YEAR 2018-01-01..2018-12-31",
      "They met a year earlier.|a year earlier YEAR 2016-01-01..2016-12-31",
      "They met two years ago.|two years ago YEAR 2015-01-01..2015-12-31",
      "They met three days ago.|three days ago DAY 2017-12-08..2017-12-08",
      "They met 3 weeks ago.|3 weeks ago WEEK 2017-11-20..2017-11-26",
      "They met yesterday.|yesterday DAY 2017-12-10..2017-12-10",
      "They met last night.|last night DAY 2017-12-10..2017-12-10",
      "They meet today.|today DAY 2017-12-11..2017-12-11",
      "They meet tomorrow.|tomorrow DAY 2017-12-12..2017-12-12",
      "They met earlier this month.|earlier this month RANGE 2017-12-01..2017-12-11",
      "They meet later this month.|later this month RANGE 2017-12-11..2017-12-31",
      "They met earlier this year.|earlier this year RANGE 2017-01-01..2017-12-11",
      "The file is dated 2017-12-03.|2017-12-03 DAY 2017-12-03..2017-12-03",
      "They met last Monday.|last Monday DAY 2017-12-04..2017-12-04",
      "They meet next Monday.|next Monday DAY 2017-12-18..2017-12-18",
      "They met on Friday.|on Friday DAY 2017-12-08..2017-12-08",
      "They will meet on Friday.|on Friday DAY 2017-12-15..2017-12-15",
      "Forces will withdraw by January 3.|January 3 DAY 2018-01-03..2018-01-03",
      "Forces withdrew by January 3.|January 3 DAY 2017-01-03..2017-01-03",
      "The 2014 elections were held.|2014 YEAR 2014-01-01..2014-12-31",
      "ISIS rose between 2013 and 2014.|2013 YEAR 2013-01-01..2013-12-31",
      "Saturday's attack killed four.|Saturday DAY 2017-12-09..2017-12-09",
      "SUNDAY was quiet.|SUNDAY DAY 2017-12-10..2017-12-10",
      "Last month's figures rose.|Last month MONTH 2017-11-01..2017-11-30",
      "Prices rose over the last month.|the last month RANGE 2017-11-12..2017-12-11",
      "Prices rose in the past two weeks.|in the past two weeks RANGE 2017-11-28..2017-12-11",
      "Prices rose in the past 10 days.|in the past 10 days RANGE 2017-12-02..2017-12-11",
      "Prices rose in the past week.|in the past week RANGE 2017-12-05..2017-12-11",
      "Fighting has gone on since 2014.|since 2014 RANGE 2014-01-01..2017-12-11",
      "The truce has held since April.|since April RANGE 2017-04-01..2017-12-11",
      "It has held since October 8.|since October 8 RANGE 2017-10-08..2017-12-11",
      "It has held since early 2016.|since early 2016 RANGE 2016-01-01..2017-12-11",
      "It has held since Sunday.|since Sunday RANGE 2017-12-10..2017-12-11",
      "They met in November last year.|in November last year MONTH 2016-11-01..2016-11-30",
      "They meet in March next year.|in March next year MONTH 2018-03-01..2018-03-31",
      "Shelling continued overnight.|overnight RANGE 2017-12-10..2017-12-11",
      "Shelling continued overnight Sunday.|Sunday DAY 2017-12-10..2017-12-10",
      "The truce was due to take effect on Friday.|on Friday DAY 2017-12-08..2017-12-08",
      "The truce is due to take effect on Friday.|on Friday DAY 2017-12-15..2017-12-15",
  })
  void readsAndResolves(String sentence, String expected) {
    assertThat(described("Headline\n\n" + sentence, PUBLISHED)).first().isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The talks resume December 20.|2018-01-05|December 20 DAY 2017-12-20..2017-12-20",
      "The talks resume January 4.|2018-01-05|January 4 DAY 2018-01-04..2018-01-04",
      "They met in December.|2018-01-05|in December MONTH 2017-12-01..2017-12-31",
      "They met in January.|2018-01-05|in January MONTH 2018-01-01..2018-01-31",
      "They will meet in March.|2018-01-05|in March MONTH 2018-03-01..2018-03-31",
      "They met in March.|2018-01-05|in March MONTH 2017-03-01..2017-03-31",
      "They met on February 29.|2016-03-01|on February 29 DAY 2016-02-29..2016-02-29",
      "They met on Monday.|2017-12-11|on Monday DAY 2017-12-11..2017-12-11",
      "They met on Sunday.|2017-12-10|on Sunday DAY 2017-12-10..2017-12-10",
      "Officials said on Sunday that troops will leave.|2017-12-13|on Sunday DAY 2017-12-10..2017-12-10",
      "They met last Sunday.|2017-12-10|last Sunday DAY 2017-12-03..2017-12-03",
      "They met last week.|2018-01-02|last week WEEK 2017-12-25..2017-12-31",
      "They met last month.|2018-01-02|last month MONTH 2017-12-01..2017-12-31",
  })
  void yearAndWeekdayChoiceDependsOnTheReference(String sentence, String reference,
      String expected) {
    assertThat(described("Headline\n\n" + sentence, LocalDate.parse(reference)))
        .first().isEqualTo(expected);
  }

  @Test
  void aYearEarlierCountsFromThePreviousDate() {
    assertThat(described("Headline\n\nThe town fell in 2014. A year earlier it was calm.", PUBLISHED))
        .containsExactly("in 2014 YEAR 2014-01-01..2014-12-31",
            "A year earlier YEAR 2013-01-01..2013-12-31");
    assertThat(described("Headline\n\nIt fell on December 3. Two days later it rose.", PUBLISHED))
        .containsExactly("on December 3 DAY 2017-12-03..2017-12-03",
            "Two days later DAY 2017-12-05..2017-12-05");
  }

  @Test
  void sameDayExpressionsCountFromTheLastDayPreciseDate() {
    assertThat(described("Headline\n\nThe truce has held since April. Rebels attacked on "
        + "Sunday. Hours later, and earlier in the day, and later that day, troops moved. "
        + "In 2016 it was worse; the same year, talks failed.", PUBLISHED))
        .containsExactly("since April RANGE 2017-04-01..2017-12-11",
            "on Sunday DAY 2017-12-10..2017-12-10",
            "Hours later DAY 2017-12-10..2017-12-10",
            "earlier in the day DAY 2017-12-10..2017-12-10",
            "later that day DAY 2017-12-10..2017-12-10",
            "In 2016 YEAR 2016-01-01..2016-12-31",
            "the same year YEAR 2016-01-01..2016-12-31");
  }

  @Test
  void sinceWithoutReferenceIsUnresolvedButKeepsItsFields() {
    List<TimeExpression> found = find("Headline\n\nFighting has gone on since 2014.", null);
    assertThat(found).extracting(TimeNormalizerTest::describe)
        .containsExactly("since 2014 UNRESOLVED -..-");
    assertThat(found.get(0).getYear()).hasValue(2014);
  }

  @Test
  void withoutReferenceNothingIsInvented() {
    List<TimeExpression> found = find("Headline\n\nOn Sunday night, in January, last week, "
        + "on December 3, a year ago and yesterday; in 2016 and on Jan. 13, 2017.", null);
    assertThat(found).extracting(TimeNormalizerTest::describe).containsExactly(
        "On Sunday night UNRESOLVED -..-",
        "in January UNRESOLVED -..-",
        "last week UNRESOLVED -..-",
        "on December 3 UNRESOLVED -..-",
        "a year ago UNRESOLVED -..-",
        "yesterday UNRESOLVED -..-",
        "in 2016 YEAR 2016-01-01..2016-12-31",
        "on Jan. 13, 2017 DAY 2017-01-13..2017-01-13");
    assertThat(found.get(0).getWeekday()).hasValue(DayOfWeek.SUNDAY);
    assertThat(found.get(1).getMonth()).hasValue(Month.JANUARY);
    assertThat(found.get(1).getDayOfMonth()).isEmpty();
    assertThat(found.get(3).getDayOfMonth()).hasValue(3);
  }

  @Test
  void aYearEarlierWithoutReferenceUsesThePreviousDate() {
    assertThat(described("Headline\n\nIn 2016 it fell. A year earlier it was calm.", null))
        .containsExactly("In 2016 YEAR 2016-01-01..2016-12-31",
            "A year earlier YEAR 2015-01-01..2015-12-31");
  }

  @Test
  void impossibleDatesStayUnresolvedWithTheirFields() {
    List<TimeExpression> found = find("Headline\n\nIt began February 30, 2017.", PUBLISHED);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPrecision()).isEqualTo(DatePrecision.UNRESOLVED);
    assertThat(found.get(0).getDayOfMonth()).hasValue(30);
    assertThat(found.get(0).getYear()).hasValue(2017);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "About 2000 troops arrived.", "Gunmen killed 2000 people.", "Nearly 1950 families fled.",
      "The late president spoke.", "Forces may go.", "Protesters march on.",
      "Resolution 2254 passed.", "70 partner nations joined.", "Sundays are quiet.",
      "They met on saturday.", "The earlier report said so.", "They met this time.",
      "A year of war.", "The 2000s were hard.", "The 19th century.", "Route 66 was closed.",
      "The FY2017 budget grew.", "In 2017.5 percent.", "He is 33 years old.",
      "The rate was 2016%.", "The last months were hard.", "The past is past.",
  })
  void ignoresWhatIsNoDate(String sentence) {
    List<String> found = described("Headline\n\n" + sentence, PUBLISHED);
    assertThat(found).as(sentence).isEmpty();
  }

  @Test
  void datelineDayNeedsAYear() {
    String dated = "Headline\n\nWASHINGTON, Jan. 13, 2017 \u2014 The Pentagon said.";
    assertThat(NORMALIZER.datelineDay(dated, new LayoutAnalyzer().analyze(dated)))
        .hasValue(LocalDate.of(2017, 1, 13));
    String undated = "Headline\n\nNEW YORK, Dec 11 (Reuters) - The council met.";
    assertThat(NORMALIZER.datelineDay(undated, new LayoutAnalyzer().analyze(undated))).isEmpty();
    String none = "Headline\n\nThe council met on Jan. 13, 2017.";
    assertThat(NORMALIZER.datelineDay(none, new LayoutAnalyzer().analyze(none))).isEmpty();
  }

  @Test
  void withinFindsTheExpressionInsideASpan() {
    String text = "Headline\n\nWASHINGTON, Jan. 13, 2017 \u2014 It rained on Sunday.";
    var layout = new LayoutAnalyzer().analyze(text);
    List<TimeMention> mentions = NORMALIZER.find(text, layout, Optional.empty());
    assertThat(TimeNormalizer.within(mentions, layout.dateline().orElseThrow().date()))
        .map(TimeExpression::getText).hasValue("Jan. 13, 2017");
    assertThat(TimeNormalizer.within(mentions, Optional.empty())).isEmpty();
  }

  @Test
  void emptyAndBlankTextHaveNoDates() {
    assertThat(find("", PUBLISHED)).isEmpty();
    assertThat(find(" \n\t", PUBLISHED)).isEmpty();
  }
}

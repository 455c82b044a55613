package io.github.sitrep.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpectedArticleTest {

  @Test
  void missingFieldsReadAsEmptyAndUnknownFieldsAreIgnored() {
    ExpectedArticle e = ExpectedArticle.parse("{\"headline\": \"H\", \"note\": \"extra\","
        + " \"persons\": [{\"name\": \"Amadou Keita\", \"nickname\": \"AK\"}],"
        + " \"events\": [{\"type\": \"ATTACK\"}]}");

    assertThat(e.published()).isNull();
    assertThat(e.publishedDate()).isEmpty();
    assertThat(e.forces()).isEmpty();
    assertThat(e.statements()).isEmpty();
    assertThat(e.persons().get(0).aliases()).isEmpty();
    assertThat(e.persons().get(0).titleText()).isEmpty();
    assertThat(e.events().get(0).participants()).isEmpty();
    assertThat(e.events().get(0).dateRange()).isEmpty();
  }

  @Test
  void snakeCaseFieldsAndDatesAreRead() {
    ExpectedArticle e = ExpectedArticle.parse("{\"published\": \"2017-12-11\","
        + " \"statements\": [{\"speaker\": null, \"quote_start\": \"the war\", \"mode\": \"direct\"}],"
        + " \"events\": [{\"type\": \"MEET\", \"date_text\": \"last week\","
        + " \"date\": \"2017-12-04/2017-12-10\", \"fatalities\": 3}]}");

    assertThat(e.published()).isEqualTo(LocalDate.of(2017, 12, 11));
    assertThat(e.statements().get(0).quoteStart()).isEqualTo("the war");
    assertThat(e.statements().get(0).speakerName()).isEmpty();
    assertThat(e.events().get(0).dateText()).isEqualTo("last week");
    assertThat(e.events().get(0).dateRange()).contains(
        new DayRange(LocalDate.of(2017, 12, 4), LocalDate.of(2017, 12, 10)));
    assertThat(e.events().get(0).fatalityCount()).contains(3);
    assertThat(e.events().get(0).injuryCount()).isEmpty();
  }

  @Test
  void malformedJsonIsAnUncheckedIoError() {
    assertThatThrownBy(() -> ExpectedArticle.parse("{\"persons\": [")).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void dayRangesReadDaysMonthsYearsAndRanges() {
    assertThat(DayRange.parse("2017-12-03").days()).isEqualTo(1);
    assertThat(DayRange.parse("2016-02")).isEqualTo(
        new DayRange(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)));
    assertThat(DayRange.parse("2014").days()).isEqualTo(365);
    assertThat(DayRange.parse("2013-10/2013-12").latest()).isEqualTo(LocalDate.of(2013, 12, 31));
    assertThatThrownBy(() -> DayRange.parse("late-2013")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFoundRangeAgreesWhenItSharesADayAndIsNoLonger() {
    DayRange week = DayRange.parse("2017-12-04/2017-12-10");

    assertThat(week.agreesWith(DayRange.parse("2017-12-03/2017-12-09"))).isTrue();
    assertThat(week.agreesWith(DayRange.parse("2017-12-10"))).isTrue();
    assertThat(week.agreesWith(DayRange.parse("2017-12-11"))).isFalse();
    assertThat(week.agreesWith(DayRange.parse("2017-12"))).isFalse();
  }
}

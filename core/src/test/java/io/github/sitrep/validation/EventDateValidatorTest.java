package io.github.sitrep.validation;

import static io.github.sitrep.validation.ValidationTesting.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.DatePrecision;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.testing.SmallArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDateValidatorTest {

  private final EventDateValidator validator = new EventDateValidator();
  private final Article small = SmallArticle.build();

  @Test
  void smallArticleEventsAreNotInTheFuture() {
    assertThat(found(validator, small)).isEmpty();
  }

  @Test
  void eventOnThePublicationDayIsFine() {
    assertThat(found(validator, withSecondEvent(EventStatus.HAPPENED, day(SmallArticle.PUBLISHED))))
        .isEmpty();
  }

  @Test
  void eventAfterPublicationIsAWarning() {
    Article article = withSecondEvent(EventStatus.CLAIMED, day(SmallArticle.PUBLISHED.plusDays(1)));
    ValidationReport report = ValidatorSet.empty().with("d", validator).validate(article);
    assertThat(report.getIssues()).singleElement().satisfies(i -> {
      assertThat(i.getCode() + "@" + i.getPath()).isEqualTo("date.after-publication@events[1].date");
      assertThat(i.getSeverity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void rangeThatStartsAfterPublicationIsReportedOneThatStraddlesItIsNot() {
    TimeExpression nextMonth = TimeExpression.builder().text("next month").precision(DatePrecision.MONTH)
        .earliest(LocalDate.of(2023, 4, 1)).latest(LocalDate.of(2023, 4, 30)).build();
    TimeExpression thisMonth = TimeExpression.builder().text("this month").precision(DatePrecision.MONTH)
        .earliest(LocalDate.of(2023, 3, 1)).latest(LocalDate.of(2023, 3, 31)).build();
    assertThat(found(validator, withSecondEvent(EventStatus.NEGATED, nextMonth)))
        .containsExactly("date.after-publication@events[1].date");
    assertThat(found(validator, withSecondEvent(EventStatus.NEGATED, thisMonth))).isEmpty();
  }

  @Test
  void intendedEventsMayLieAhead() {
    assertThat(found(validator, withSecondEvent(EventStatus.INTENDED,
        day(SmallArticle.PUBLISHED.plusDays(30))))).isEmpty();
  }

  @Test
  void noPublicationDateNoCheck() {
    Article article = Article.builder().from(withSecondEvent(EventStatus.HAPPENED,
        day(LocalDate.of(2099, 1, 1)))).published(Optional.empty()).build();
    assertThat(found(validator, article)).isEmpty();
  }

  private Article withSecondEvent(EventStatus status, TimeExpression date) {
    Event e2 = Event.builder().from(small.getEvents().get(1)).status(status).date(date).build();
    return Article.builder().from(small).events(List.of(small.getEvents().get(0), e2)).build();
  }

  private static TimeExpression day(LocalDate day) {
    return TimeExpression.ofDay("some day", Optional.empty(), day);
  }
}

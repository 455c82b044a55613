package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.TimeExpression;
import java.time.LocalDate;

/**
 * Checks that no event is dated after the publication date unless it is
 * {@link EventStatus#INTENDED intended}: an event's earliest day after publication is
 * reported as {@link IssueCodes#DATE_AFTER_PUBLICATION}, a {@link Severity#WARNING
 * warning}. Articles without a publication date and unresolved dates are not checked.
 * Stateless and thread-safe.
 */
public final class EventDateValidator implements ArticleValidator {

  @Override
  public void validate(Article article, IssueReporter reporter) {
    if (article.getPublished().isEmpty()) {
      return;
    }
    LocalDate published = article.getPublished().get();
    for (Walk.Located<Event> e : Walk.located("events", article.getEvents())) {
      Event event = e.value();
      if (event.getStatus() == EventStatus.INTENDED || event.getDate().isEmpty()) {
        continue;
      }
      TimeExpression date = event.getDate().get();
      date.getEarliest().filter(d -> d.isAfter(published)).ifPresent(d ->
          reporter.report(Issue.builder().code(IssueCodes.DATE_AFTER_PUBLICATION)
              .severity(Severity.WARNING).path(e.path() + ".date").span(date.getSpan())
              .message("a " + event.getStatus() + " event dated " + d
                  + ", after the publication date " + published)
              .build()));
    }
  }
}

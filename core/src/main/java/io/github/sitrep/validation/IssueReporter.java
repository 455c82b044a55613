package io.github.sitrep.validation;

import io.github.sitrep.model.Span;

/**
 * Where an {@link ArticleValidator} reports the issues it finds. The shorthands build an
 * {@link Issue} and {@link #report(Issue) report} it.
 */
@FunctionalInterface
public interface IssueReporter {

  /**
   * Reports an issue.
   *
   * @param issue the issue, not {@code null}
   */
  void report(Issue issue);

  /**
   * Reports an {@link Severity#ERROR error}.
   *
   * @param code a stable, dotted code
   * @param message what is wrong, for people
   * @param path where in the article it is
   */
  default void error(String code, String message, String path) {
    report(Issue.of(code, Severity.ERROR, message, path));
  }

  /**
   * Reports an {@link Severity#ERROR error} about a span of the text.
   *
   * @param code a stable, dotted code
   * @param message what is wrong, for people
   * @param path where in the article it is
   * @param span the text concerned
   */
  default void error(String code, String message, String path, Span span) {
    report(Issue.builder().code(code).severity(Severity.ERROR).message(message).path(path)
        .span(span).build());
  }

  /**
   * Reports a {@link Severity#WARNING warning}.
   *
   * @param code a stable, dotted code
   * @param message what is suspicious, for people
   * @param path where in the article it is
   */
  default void warning(String code, String message, String path) {
    report(Issue.of(code, Severity.WARNING, message, path));
  }
}

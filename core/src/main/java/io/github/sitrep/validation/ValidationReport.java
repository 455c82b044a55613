package io.github.sitrep.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sitrep.model.SitrepStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a {@link ValidatorSet} found in an article: its issues, in the order the validators
 * reported them.
 *
 * <pre>{@code
 * ValidationReport report = ValidatorSet.standard().validate(article);
 * if (report.hasErrors()) {
 *   report.errors().forEach(i -> System.err.println(i.getPath() + ": " + i.getMessage()));
 * }
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
@JsonSerialize(as = ImmutableValidationReport.class)
@JsonDeserialize(as = ImmutableValidationReport.class)
public interface ValidationReport {

  /** @return a new builder */
  static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }

  /**
   * @param issues the issues found
   * @return a report of them
   */
  static ValidationReport of(Iterable<? extends Issue> issues) {
    return builder().addAllIssues(issues).build();
  }

  /** @return every issue found, in the order reported */
  List<Issue> getIssues();

  /** @return whether no issue at all was found */
  default boolean clean() {
    return getIssues().isEmpty();
  }

  /** @return whether any issue is an {@link Severity#ERROR error} */
  default boolean hasErrors() {
    return getIssues().stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
  }

  /** @return the {@link Severity#ERROR errors} */
  default List<Issue> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** @return the {@link Severity#WARNING warnings} */
  default List<Issue> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /**
   * @param severity a severity
   * @return the issues of that severity
   */
  default List<Issue> withSeverity(Severity severity) {
    return getIssues().stream().filter(i -> i.getSeverity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param code an issue code
   * @return the issues with that code
   */
  default List<Issue> withCode(String code) {
    return getIssues().stream().filter(i -> i.getCode().equals(code))
        .collect(Collectors.toUnmodifiableList());
  }

  /** @return the distinct codes of the issues, in the order first reported */
  default Set<String> codes() {
    return getIssues().stream().map(Issue::getCode)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}

package io.github.sitrep.validation;

import io.github.sitrep.model.Article;

/**
 * One check of an {@link Article}: it looks at the article and reports what it finds
 * wrong to an {@link IssueReporter}. Validators are composed into a {@link ValidatorSet}.
 *
 * <p>A validator must not change anything and should not throw; if one throws anyway, the
 * set catches the exception and reports it as a {@link IssueCodes#VALIDATOR_FAILED} issue.
 * Validators may be called from several threads at once and must be stateless or
 * thread-safe.
 *
 * <pre>{@code
 * ArticleValidator needsSource = (article, reporter) -> {
 *   if (article.getSource().isEmpty()) {
 *     reporter.warning("source.missing", "the article has no source", "source");
 *   }
 * };
 * ValidationReport report = ValidatorSet.standard().with("source", needsSource).validate(article);
 * }</pre>
 */
@FunctionalInterface
public interface ArticleValidator {

  /**
   * Checks an article.
   *
   * @param article the article, never {@code null}
   * @param reporter where to report issues, never {@code null}
   */
  void validate(Article article, IssueReporter reporter);
}

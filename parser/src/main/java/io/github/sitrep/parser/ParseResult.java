package io.github.sitrep.parser;

import io.github.sitrep.model.Article;
import io.github.sitrep.validation.Issue;
import io.github.sitrep.validation.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link ArticleParser#parse(String, ArticleMetadata)} returns: the article read, and
 * the problems met on the way (input refused or truncated, text that could not be read,
 * validation issues of the result). The article is always present; for refused input it has
 * no entities.
 */
@Value.Immutable
public interface ParseResult {

  /** @return a new builder */
  static ImmutableParseResult.Builder builder() {
    return ImmutableParseResult.builder();
  }

  /** @return the article */
  Article getArticle();

  /** @return the problems, in the order met */
  List<Issue> getProblems();

  /** @return whether any problem is an {@link Severity#ERROR error} */
  default boolean hasErrors() {
    return getProblems().stream().anyMatch(p -> p.getSeverity() == Severity.ERROR);
  }
}

package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import java.util.List;
import java.util.stream.Collectors;

/** Runs one validator and lists what it found as {@code code@path}. */
final class ValidationTesting {

  private ValidationTesting() {}

  static List<String> found(ArticleValidator validator, Article article) {
    return ValidatorSet.empty().with("v", validator).validate(article).getIssues().stream()
        .map(i -> i.getCode() + "@" + i.getPath()).collect(Collectors.toList());
  }
}

package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Statement;

/**
 * Checks that every statement has a speaker or is explicitly marked speaker-unknown,
 * reporting {@link IssueCodes#STATEMENT_NO_SPEAKER}. Builders cannot make a statement
 * with both; one with neither can come from JSON or from a builder that forgot the
 * speaker. Stateless and thread-safe.
 */
public final class SpeakerValidator implements ArticleValidator {

  @Override
  public void validate(Article article, IssueReporter reporter) {
    for (Walk.Located<Statement> s : Walk.located("statements", article.getStatements())) {
      if (s.value().getSpeaker().isEmpty() && !s.value().isSpeakerUnknown()) {
        reporter.error(IssueCodes.STATEMENT_NO_SPEAKER,
            "statement has no speaker and is not marked speakerUnknown",
            s.path() + ".speaker", s.value().getContent().getSpan());
      }
    }
  }
}

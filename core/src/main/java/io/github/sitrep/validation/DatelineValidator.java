package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import java.util.Locale;

/**
 * Checks that the dateline, when it refers to an entity, refers to a place, reporting
 * {@link IssueCodes#DATELINE_NOT_PLACE}. That the place exists is checked by
 * {@link ReferenceValidator}. Stateless and thread-safe.
 */
public final class DatelineValidator implements ArticleValidator {

  @Override
  public void validate(Article article, IssueReporter reporter) {
    article.getDateline().flatMap(d -> d.getPlace()).filter(r -> r.getKind() != EntityKind.PLACE)
        .ifPresent(r -> reporter.error(IssueCodes.DATELINE_NOT_PLACE, "the dateline refers to "
            + describe(r) + ", not a place", "dateline.place"));
  }

  private static String describe(EntityRef ref) {
    return ref.getKind().name().toLowerCase(Locale.ROOT) + " '" + ref.getId() + "'";
  }
}

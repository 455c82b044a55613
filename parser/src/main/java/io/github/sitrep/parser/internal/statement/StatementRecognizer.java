package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.time.TimeMention;
import java.util.List;

/** Finds statements: quotes and reported speech, with their speakers. */
public final class StatementRecognizer {

  /**
   * @param text the article text
   * @param layout its layout
   * @param entities its entities
   * @param times its date expressions
   * @return the statements in text order
   */
  public List<Statement> recognize(String text, Layout layout, Entities entities,
      List<TimeMention> times) {
    return List.of();
  }
}

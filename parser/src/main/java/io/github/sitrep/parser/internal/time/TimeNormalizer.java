package io.github.sitrep.parser.internal.time;

import io.github.sitrep.parser.internal.layout.Layout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds date expressions and resolves them against the publication date. */
public final class TimeNormalizer {

  /**
   * @param text the article text
   * @param layout its layout
   * @param reference the publication date, if known
   * @return the date expressions in text order
   */
  public List<TimeMention> find(String text, Layout layout, Optional<LocalDate> reference) {
    return List.of();
  }
}

package io.github.sitrep.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The random choices a generated article is assembled from; {@link ArticleAssembler} turns
 * them into a consistent article. Choices that pick another object are plain numbers taken
 * modulo the number of candidates, so that they stay valid while jqwik shrinks.
 */
record ArticleSpec(List<EntitySpec> entities, List<StatementSpec> statements,
    List<EventSpec> events, Optional<LocalDate> published, Layout layout, List<String> fillers) {

  /** Headline, dateline and source. */
  record Layout(boolean headline, boolean dateline, Optional<String> source) {}

  /**
   * An actor (kind 0), force (1) or place (2). {@code subKind} picks the enum constant,
   * {@code link} the affiliation, larger force or parent place.
   */
  record EntitySpec(int kind, String base, boolean alias, Optional<Integer> link, int subKind,
      Optional<String> country, Optional<Double> latitude, List<String> titles) {}

  /** A statement: its speaker (or unknown), mode, content, addressee and date. */
  record StatementSpec(Optional<Integer> speaker, int mode, String content,
      Optional<Integer> addressee, Optional<Integer> daysBefore) {}

  /** An event: type, status, participants, place, date, casualties and statement. */
  record EventSpec(int type, int status, int agent, Optional<Integer> target,
      Optional<Integer> place, Optional<Integer> days, Optional<Integer> statement,
      Optional<Integer> killed) {}
}

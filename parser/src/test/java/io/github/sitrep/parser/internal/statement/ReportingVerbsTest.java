package io.github.sitrep.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled reporting-verb lexicon loads and tells cue kinds. */
class ReportingVerbsTest {

  private static final ReportingVerbs VERBS = ReportingVerbs.bundled();

  @Test
  void kindsOfCommonCues() {
    assertThat(VERBS.kindOf("denied")).contains(CueKind.DENY);
    assertThat(VERBS.kindOf("Told")).contains(CueKind.TELL);
    assertThat(VERBS.kindOf("according to")).contains(CueKind.ACCORDING_TO);
    assertThat(VERBS.kindOf("attacked")).isEmpty();
  }

  @Test
  void requirementsParse() {
    assertThat(Requirement.parse("quote-or-that")).isEqualTo(Requirement.QUOTE_OR_THAT);
  }
}

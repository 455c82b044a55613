package io.github.sitrep.parser.internal.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.GoldReading;
import io.github.sitrep.parser.internal.event.HandBuiltSeed;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statement of the seed's expected reading, with its speaker and mode. */
class StatementsSeedTest {

  private static final Article SEED = HandBuiltSeed.article();
  private static final Article PARSED = HandBuiltSeed.parsed();

  static Stream<GoldReading.GoldStatement> expected() {
    return GoldReading.seed().statements().stream();
  }

  @ParameterizedTest
  @MethodSource("expected")
  void expectedStatementIsFoundWithItsSpeaker(GoldReading.GoldStatement gold) {
    assertThat(GoldReading.found(SEED, gold)).as("%s", gold).isTrue();
  }

  @ParameterizedTest
  @MethodSource("expected")
  void theParserFindsTheExpectedStatementWithItsSpeaker(GoldReading.GoldStatement gold) {
    assertThat(GoldReading.found(PARSED, gold)).as("%s", gold).isTrue();
  }

  @Test
  void noStatementBeyondTheExpectedOnes() {
    assertThat(SEED.getStatements()).hasSize(GoldReading.seed().statements().size());
  }

  @Test
  void idsFollowTextOrder() {
    for (int i = 0; i < SEED.getStatements().size(); i++) {
      Statement s = SEED.getStatements().get(i);
      assertThat(s.getId()).isEqualTo("s" + (i + 1));
      if (i > 0) {
        assertThat(s.getContent().getSpan().getStart())
            .isGreaterThan(SEED.getStatements().get(i - 1).getContent().getSpan().getStart());
      }
    }
  }

  @Test
  void toldRudawEnglishGivesTheAddressee() {
    Statement told = SEED.getStatements().stream()
        .filter(s -> s.getCue().map(c -> c.getText().equals("told")).orElse(false))
        .findFirst().orElseThrow();
    assertThat(told.getAddressee().map(r -> r.getId())).contains("rudaw-english");
    assertThat(told.getAddresseeMention().map(m -> m.getText())).contains("Rudaw English");
  }

  @Test
  void statementsTakeTheDateOfTheirSentence() {
    assertThat(SEED.getStatements()).anySatisfy(s -> {
      assertThat(s.getCue().map(c -> c.getText())).contains("revealed");
      assertThat(s.getDate().map(d -> d.getText())).contains("on Sunday");
    });
  }
}

package io.github.sitrep.parser.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.parser.internal.discourse.GoldReading;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event of the seed's expected reading: type, participants, place, date, status. */
class EventsSeedTest {

  private static final Article SEED = HandBuiltSeed.article();
  private static final Article PARSED = HandBuiltSeed.parsed();

  static Stream<GoldReading.GoldEvent> expected() {
    return GoldReading.seed().events().stream();
  }

  @ParameterizedTest
  @MethodSource("expected")
  void expectedEventIsFound(GoldReading.GoldEvent gold) {
    assertThat(GoldReading.found(SEED, gold)).as("%s", gold).isTrue();
  }

  @ParameterizedTest
  @MethodSource("expected")
  void theParserFindsTheExpectedEvent(GoldReading.GoldEvent gold) {
    assertThat(GoldReading.found(PARSED, gold)).as("%s", gold).isTrue();
  }

  @Test
  void claimedEventsPointAtTheirStatement() {
    Event withdrawal = SEED.getEvents().stream()
        .filter(e -> e.getTrigger().getText().equals("withdrawal")).findFirst().orElseThrow();
    assertThat(withdrawal.getStatus()).isEqualTo(EventStatus.CLAIMED);
    String id = withdrawal.getStatement().orElseThrow();
    assertThat(SEED.getStatements()).anySatisfy(s -> {
      assertThat(s.getId()).isEqualTo(id);
      assertThat(s.getContent().getSpan().encloses(withdrawal.getTrigger().getSpan())).isTrue();
    });
  }

  @Test
  void theFlagRaisingTakesNoDateFromThePosting() {
    Event flag = SEED.getEvents().stream()
        .filter(e -> e.getTrigger().getText().equals("raising a flag")).findFirst().orElseThrow();
    assertThat(flag.getDate()).isEmpty();
    assertThat(flag.getPlace()).isEmpty();
  }

  @Test
  void theMeetingAndTheHandshakeAreOneEvent() {
    assertThat(SEED.getEvents()).filteredOn(e -> e.getType().name().equals("MEET")).hasSize(2);
  }
}

package io.github.sitrep.parser.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.EventType;
import io.github.sitrep.parser.internal.discourse.TsvRows;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled event-trigger lexicon loads and covers the ontology. */
class EventTriggersTest {

  @Test
  void bundledLexiconLoads() {
    assertThat(EventTriggers.bundled()).isNotNull();
  }

  @Test
  void everyTypeButOtherHasATrigger() {
    List<Map<String, String>> rows = TsvRows.read(EventTriggers.class, EventTriggers.RESOURCE,
        List.of("type"));
    Set<EventType> covered = EnumSet.noneOf(EventType.class);
    rows.forEach(r -> covered.add(EventType.valueOf(r.get("type"))));
    Set<EventType> expected = EnumSet.allOf(EventType.class);
    expected.remove(EventType.OTHER);
    assertThat(covered).containsAll(expected);
  }

  @Test
  void contextConditionsParse() {
    assertThat(Condition.parse("follows=victory|defeat;notprev=no")).hasSize(2);
    assertThat(Condition.parse("-")).isEmpty();
  }
}

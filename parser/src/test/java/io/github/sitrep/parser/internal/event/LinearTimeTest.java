package io.github.sitrep.parser.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Event;
import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.Fixture;
import io.github.sitrep.parser.internal.statement.StatementRecognizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pathological inputs: one endless sentence full of cues, triggers, numbers and quotes. */
class LinearTimeTest {

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void oneHugeSentenceStaysFast() {
    String unit = "the army said that ISIS attacked, killing 11 and \"we met\" the two sides agreed, ";
    Fixture f = Fixture.of(unit.repeat(6_000)).force("isis", "ISIS").force("army", "army");
    List<Statement> statements = new StatementRecognizer()
        .recognize(f.text(), f.layout(), f.entities(), f.times());
    List<Event> events = new EventRecognizer()
        .recognize(f.text(), f.layout(), f.entities(), statements, f.times());
    assertThat(events).isNotEmpty();
    assertThat(statements).isNotEmpty();
  }
}

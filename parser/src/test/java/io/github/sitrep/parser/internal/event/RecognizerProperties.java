package io.github.sitrep.parser.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.TimeExpression;
import io.github.sitrep.parser.internal.discourse.SimpleLayout;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.entity.EntityMention;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.layout.Quote;
import io.github.sitrep.parser.internal.statement.StatementRecognizer;
import io.github.sitrep.parser.internal.time.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/**
 * The recognisers never throw, and every span they give lies inside the text with the text
 * it claims, whatever the text and however wrong the earlier stages' spans are.
 */
class RecognizerProperties {

  private static final StatementRecognizer STATEMENTS = new StatementRecognizer();
  private static final EventRecognizer EVENTS = new EventRecognizer();
  private static final List<String> WORDS = List.of("said", "\"", "\u201c", "\u201d", "the",
      "army", "attacked", ",", ".", "killing", "11", "according", "to", "he", "They", "\n", "in",
      "Kabul", "on", "Sunday", "(", ")", "both", "sides", "met", "with", "that", "told", "agreed",
      "withdrawal", "of", "troops", "at", "least", "dozens", "wounded", "not", "will", "could",
      "The", "meeting", "claimed", "responsibility", "denied", "'s", "raising", "a", "flag",
      "twenty-two", "1,200", "\u00e9", "\ud83d\ude00", "\t", ":", "-", "\u2014", "announced",
      "victory", "over", "ISIS", "airstrike", "by", "...", "?", "!", "[", "]");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
        Arbitraries.strings().ofMaxLength(6));
    return word.list().ofMaxSize(120).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<List<int[]>> spans() {
    Arbitrary<int[]> pair = Combinators.combine(Arbitraries.integers().between(0, 900),
        Arbitraries.integers().between(0, 60)).as((a, b) -> new int[] {a, a + b});
    return pair.list().ofMaxSize(25);
  }

  @Property(tries = 300)
  void neverThrowsAndSpansLieInsideTheText(@ForAll("texts") String text,
      @ForAll("spans") List<int[]> raw, @ForAll boolean simpleLayout) {
    Layout layout = simpleLayout ? SimpleLayout.of(text) : layout(raw);
    Entities entities = entities(raw);
    List<TimeMention> times = times(raw);
    List<Statement> statements = STATEMENTS.recognize(text, layout, entities, times);
    List<Event> events = EVENTS.recognize(text, layout, entities, statements, times);
    statements.forEach(s -> spansOf(s).forEach(m -> inside(text, m)));
    events.forEach(e -> spansOf(e).forEach(m -> inside(text, m)));
    events.forEach(e -> e.getSentence().ifPresent(sp -> assertThat(sp.getEnd()).isLessThanOrEqualTo(text.length())));
  }

  private static Stream<Mention> spansOf(Statement s) {
    return Stream.of(Optional.of(s.getContent()), s.getCue(), s.getSpeakerMention(),
        s.getAddresseeMention()).flatMap(Optional::stream);
  }

  private static Stream<Mention> spansOf(Event e) {
    Stream<Mention> counts = Stream.of(e.getFatalities(), e.getInjuries())
        .flatMap(Optional::stream).flatMap(c -> c.getMention().stream());
    return Stream.concat(Stream.concat(Stream.of(e.getTrigger()), counts),
        e.getParticipants().stream().flatMap(p -> p.getMention().stream()));
  }

  private static void inside(String text, Mention m) {
    assertThat(m.getSpan().getEnd()).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(m.getSpan().getStart(), m.getSpan().getEnd())).isEqualTo(m.getText());
  }

  private static Layout layout(List<int[]> raw) {
    List<Span> spans = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Span s = Span.of(raw.get(i)[0], raw.get(i)[1]);
      spans.add(s);
      if (i % 3 == 0) {
        quotes.add(new Quote(s, s, i % 2 == 0, true));
      }
    }
    return new Layout(Optional.empty(), Optional.empty(), spans, spans, quotes);
  }

  private static Entities entities(List<int[]> raw) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Span s = Span.of(raw.get(i)[0], raw.get(i)[1]);
      EntityRef ref = switch (i % 3) {
        case 0 -> EntityRef.actor("a" + i % 4);
        case 1 -> EntityRef.force("f" + i % 5);
        default -> EntityRef.place("p" + i % 2);
      };
      mentions.add(new EntityMention(s, ref));
    }
    return new Entities(List.of(), List.of(), List.of(), mentions);
  }

  private static List<TimeMention> times(List<int[]> raw) {
    List<TimeMention> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i += 4) {
      Span s = Span.of(raw.get(i)[0], raw.get(i)[1]);
      out.add(new TimeMention(s, TimeExpression.ofDay("x", Optional.of(s), LocalDate.of(2020, 1, 1))));
    }
    return out;
  }
}

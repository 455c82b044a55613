package io.github.sitrep.parser.eval;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Participant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores events, dates and casualty counts. A found event matches an expected one strictly
 * when it has the same type, shares at least one participant (when any is expected), has the
 * expected place (when one is expected) and a date that agrees with the expected date (when
 * one is expected). Events are paired strict matches first, then same type with a shared
 * participant, then same type only; within each, a matching trigger word is preferred.
 */
final class EventScorer {

  private static final int STRICT = 5;

  private final Article found;
  private final ExpectedNames names;

  private EventScorer(Article found, ExpectedArticle expected) {
    this.found = found;
    this.names = new ExpectedNames(expected);
  }

  static void score(Article found, ExpectedArticle expected, Tally tally) {
    new EventScorer(found, expected).score(expected, tally);
  }

  private void score(ExpectedArticle expected, Tally tally) {
    Matching<ExpectedEvent, Event> m = Matching.of(expected.events(), found.getEvents(),
        this::level, 6);
    int strict = 0;
    for (Matching.Pair<ExpectedEvent, Event> p : m.pairs()) {
      strict += p.level() >= STRICT ? 1 : 0;
      if (p.level() < STRICT) {
        tally.miss(ScoreKind.EVENTS, describe(p.expected()) + " (found " + describe(p.found()) + ")");
      }
      status(p, tally);
      DateScorer.pair(p.expected(), p.found().getDate(), tally);
      CasualtyScorer.pair(p.expected(), p.found(), tally);
    }
    for (ExpectedEvent e : m.missed()) {
      tally.miss(ScoreKind.EVENTS, describe(e));
      tally.miss(ScoreKind.EVENT_TYPES, describe(e));
      DateScorer.missed(e, tally);
      CasualtyScorer.missed(e, tally);
    }
    for (Event f : m.extra()) {
      tally.falseFind(ScoreKind.EVENTS, describe(f));
      tally.falseFind(ScoreKind.EVENT_TYPES, describe(f));
    }
    int pairs = m.pairs().size();
    int expectedCount = expected.events().size();
    int foundCount = found.getEvents().size();
    tally.add(ScoreKind.EVENTS, strict, foundCount - strict, expectedCount - strict);
    tally.add(ScoreKind.EVENT_TYPES, pairs, foundCount - pairs, expectedCount - pairs);
  }

  private static void status(Matching.Pair<ExpectedEvent, Event> p, Tally tally) {
    p.expected().statusText().ifPresent(s -> tally.decide(AccuracyKind.EVENT_STATUS,
        s.toUpperCase(Locale.ROOT).equals(p.found().getStatus().name())));
  }

  private int level(ExpectedEvent e, Event f) {
    if (!e.type().trim().toUpperCase(Locale.ROOT).equals(f.getType().name())) {
      return 0;
    }
    int trigger = triggerRight(e, f) ? 1 : 0;
    if (!participantShared(e, f)) {
      return 1 + trigger;
    }
    boolean strict = placeRight(e, f) && DateScorer.agrees(e, f.getDate());
    return (strict ? STRICT : 3) + trigger;
  }

  private static boolean triggerRight(ExpectedEvent e, Event f) {
    String want = Names.text(e.triggerText().orElse(""));
    String got = Names.text(f.getTrigger().getText());
    return !want.isEmpty() && !got.isEmpty()
        && (Names.containsWords(want, got) || Names.containsWords(got, want));
  }

  private boolean participantShared(ExpectedEvent e, Event f) {
    if (e.participants().isEmpty()) {
      return true;
    }
    Set<String> got = f.getParticipants().stream().map(Participant::getEntity)
        .flatMap(r -> FoundNames.of(found, Optional.of(r)).stream())
        .collect(Collectors.toSet());
    return e.participants().stream().anyMatch(n -> Names.intersect(names.formsOf(n), got));
  }

  private boolean placeRight(ExpectedEvent e, Event f) {
    return e.placeName().map(p -> Names.intersect(names.formsOf(p),
        FoundNames.of(found, f.getPlace()))).orElse(true);
  }

  private static String describe(ExpectedEvent e) {
    return e.type() + " '" + e.triggerText().orElse("") + "' " + e.participants()
        + e.placeName().map(p -> " @" + p).orElse("")
        + Optional.ofNullable(e.date()).map(d -> " " + d).orElse("");
  }

  private String describe(Event f) {
    String who = f.getParticipants().stream()
        .map(p -> FoundNames.label(found, p.getEntity())).collect(Collectors.joining(", "));
    return f.getType() + " '" + f.getTrigger().getText() + "' [" + who + "]"
        + f.getPlace().map(p -> " @" + FoundNames.label(found, p)).orElse("")
        + f.getDate().flatMap(DateScorer::range).map(d -> " " + d).orElse("");
  }
}

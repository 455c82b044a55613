package io.github.sitrep.parser.eval;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Scores statements. An expected and a found statement share content when the expected
 * {@code quote_start} occurs in the found content (best when the content starts with it), or
 * the found content, of at least {@value #MIN_WORDS} words, occurs in the {@code quote_start}.
 * They match when they share content and the found speaker has a name or alias of the
 * expected speaker (or both speakers are unknown).
 */
final class StatementScorer {

  /** The fewest words a found content needs to match by lying inside a {@code quote_start}. */
  static final int MIN_WORDS = 3;

  private final Article found;
  private final ExpectedNames names;

  private StatementScorer(Article found, ExpectedArticle expected) {
    this.found = found;
    this.names = new ExpectedNames(expected);
  }

  static void score(Article found, ExpectedArticle expected, Tally tally) {
    new StatementScorer(found, expected).score(expected, tally);
  }

  private void score(ExpectedArticle expected, Tally tally) {
    Matching<ExpectedStatement, Statement> m = Matching.of(expected.statements(),
        found.getStatements(), this::level, 6);
    int content = m.pairs().size();
    int tp = 0;
    for (Matching.Pair<ExpectedStatement, Statement> p : m.pairs()) {
      boolean speaker = p.level() % 2 == 0;
      tp += speaker ? 1 : 0;
      tally.decide(AccuracyKind.SPEAKER_ATTRIBUTION, speaker);
      p.expected().modeText().ifPresent(mode -> tally.decide(AccuracyKind.STATEMENT_MODE,
          mode.toUpperCase(Locale.ROOT).equals(p.found().getMode().name())));
      if (!speaker) {
        tally.miss(ScoreKind.STATEMENTS, describe(p.expected()) + " (found speaker "
            + speakerLabel(p.found()) + ")");
      }
    }
    int expectedCount = expected.statements().size();
    int foundCount = found.getStatements().size();
    tally.add(ScoreKind.STATEMENT_CONTENT, content, foundCount - content, expectedCount - content);
    tally.add(ScoreKind.STATEMENTS, tp, foundCount - tp, expectedCount - tp);
    for (ExpectedStatement e : m.missed()) {
      tally.miss(ScoreKind.STATEMENTS, describe(e));
      tally.miss(ScoreKind.STATEMENT_CONTENT, describe(e));
    }
    for (Statement s : m.extra()) {
      tally.falseFind(ScoreKind.STATEMENTS, describe(s));
      tally.falseFind(ScoreKind.STATEMENT_CONTENT, describe(s));
    }
  }

  private int level(ExpectedStatement e, Statement s) {
    int overlap = overlap(Names.text(e.quoteStart()), Names.text(s.getContent().getText()));
    if (overlap == 0) {
      return 0;
    }
    return 2 * overlap - (speakerRight(e, s) ? 0 : 1);
  }

  /** 3: content starts with the quote start; 2: contains it; 1: lies inside it; 0: none. */
  static int overlap(String quoteStart, String content) {
    if (quoteStart.isEmpty() || content.isEmpty()) {
      return 0;
    }
    if (content.startsWith(quoteStart)) {
      return 3;
    }
    if (Names.containsWords(content, quoteStart)) {
      return 2;
    }
    boolean longEnough = content.split(" ").length >= MIN_WORDS;
    return longEnough && Names.containsWords(quoteStart, content) ? 1 : 0;
  }

  private boolean speakerRight(ExpectedStatement e, Statement s) {
    Optional<String> speaker = e.speakerName();
    if (speaker.isEmpty()) {
      return s.getSpeaker().isEmpty();
    }
    Set<String> foundNames = FoundNames.of(found, s.getSpeaker());
    return Names.intersect(names.formsOf(speaker.get()), foundNames);
  }

  private String speakerLabel(Statement s) {
    return s.getSpeaker().map(r -> FoundNames.label(found, r)).orElse("unknown");
  }

  private static String describe(ExpectedStatement e) {
    return e.speakerName().orElse("unknown") + ": \"" + Names.shorten(e.quoteStart(), 60) + "\"";
  }

  private String describe(Statement s) {
    return speakerLabel(s) + ": \"" + Names.shorten(s.getContent().getText(), 60) + "\"";
  }
}

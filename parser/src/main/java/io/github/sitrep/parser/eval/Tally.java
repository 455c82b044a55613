package io.github.sitrep.parser.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects the counts, misses and false finds of one article while it is scored. */
final class Tally {

  private final Map<ScoreKind, Score> scores = new EnumMap<>(ScoreKind.class);
  private final Map<AccuracyKind, Accuracy> accuracies = new EnumMap<>(AccuracyKind.class);
  private final Map<ScoreKind, List<String>> misses = new EnumMap<>(ScoreKind.class);
  private final Map<ScoreKind, List<String>> falseFinds = new EnumMap<>(ScoreKind.class);

  void add(ScoreKind kind, int tp, int fp, int fn) {
    scores.merge(kind, new Score(tp, fp, fn), Score::plus);
  }

  void miss(ScoreKind kind, String what) {
    misses.computeIfAbsent(kind, k -> new ArrayList<>()).add(what);
  }

  void falseFind(ScoreKind kind, String what) {
    falseFinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(what);
  }

  void decide(AccuracyKind kind, boolean right) {
    accuracies.merge(kind, Accuracy.ZERO.with(right), Accuracy::plus);
  }

  ArticleEvaluation toEvaluation(String id) {
    return new ArticleEvaluation(id, scores, accuracies, misses, falseFinds);
  }
}

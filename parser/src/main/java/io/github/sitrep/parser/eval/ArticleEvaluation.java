package io.github.sitrep.parser.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one article, and what was missed and falsely found, by name.
 *
 * @param id the article id (its file name without {@code .txt})
 * @param scores counts per kind; every kind is present
 * @param accuracies accuracies per kind; every kind is present
 * @param misses per kind, the expected items not found, in expected order
 * @param falseFinds per kind, the found items not expected, in found order
 */
public record ArticleEvaluation(String id, Map<ScoreKind, Score> scores,
    Map<AccuracyKind, Accuracy> accuracies, Map<ScoreKind, List<String>> misses,
    Map<ScoreKind, List<String>> falseFinds) {

  /** Copies the maps, filling in absent kinds. */
  public ArticleEvaluation {
    scores = complete(scores, ScoreKind.class, Score.ZERO);
    accuracies = complete(accuracies, AccuracyKind.class, Accuracy.ZERO);
    misses = lists(misses);
    falseFinds = lists(falseFinds);
  }

  private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> map, Class<K> type, V zero) {
    EnumMap<K, V> all = new EnumMap<>(type);
    for (K k : type.getEnumConstants()) {
      all.put(k, map.getOrDefault(k, zero));
    }
    return Collections.unmodifiableMap(all);
  }

  private static Map<ScoreKind, List<String>> lists(Map<ScoreKind, List<String>> map) {
    EnumMap<ScoreKind, List<String>> all = new EnumMap<>(ScoreKind.class);
    for (ScoreKind k : ScoreKind.values()) {
      all.put(k, List.copyOf(map.getOrDefault(k, List.of())));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * @param kind a kind
   * @return its score
   */
  public Score score(ScoreKind kind) {
    return scores.get(kind);
  }

  /**
   * @param kind a kind
   * @return its accuracy
   */
  public Accuracy accuracy(AccuracyKind kind) {
    return accuracies.get(kind);
  }
}

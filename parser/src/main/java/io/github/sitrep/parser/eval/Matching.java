package io.github.sitrep.parser.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * A one-to-one pairing of expected with found items. Pairs are made greedily from the
 * highest match level down; within a level, expected items claim found items in order.
 *
 * @param <E> expected items
 * @param <F> found items
 * @param pairs the pairs, with the level each was made at
 * @param missed expected items left without a pair
 * @param extra found items left without a pair
 */
record Matching<E, F>(List<Pair<E, F>> pairs, List<E> missed, List<F> extra) {

  /**
   * A pair and the level it matched at.
   *
   * @param <E> expected item
   * @param <F> found item
   * @param expected the expected item
   * @param found the found item
   * @param level how well they match, above 0
   */
  record Pair<E, F>(E expected, F found, int level) {}

  /**
   * @param expected expected items
   * @param found found items
   * @param level how well two items match: 0 for not at all, higher for better
   * @param maxLevel the highest level {@code level} returns
   * @param <E> expected items
   * @param <F> found items
   * @return the pairing
   */
  static <E, F> Matching<E, F> of(List<E> expected, List<F> found, ToIntBiFunction<E, F> level,
      int maxLevel) {
    int[][] levels = new int[expected.size()][found.size()];
    for (int i = 0; i < expected.size(); i++) {
      for (int j = 0; j < found.size(); j++) {
        levels[i][j] = level.applyAsInt(expected.get(i), found.get(j));
      }
    }
    int[] foundFor = new int[expected.size()];
    boolean[] taken = new boolean[found.size()];
    java.util.Arrays.fill(foundFor, -1);
    for (int l = maxLevel; l > 0; l--) {
      claim(levels, l, foundFor, taken);
    }
    return collect(expected, found, levels, foundFor, taken);
  }

  private static void claim(int[][] levels, int l, int[] foundFor, boolean[] taken) {
    for (int i = 0; i < levels.length; i++) {
      for (int j = 0; j < taken.length && foundFor[i] < 0; j++) {
        if (!taken[j] && levels[i][j] == l) {
          foundFor[i] = j;
          taken[j] = true;
        }
      }
    }
  }

  private static <E, F> Matching<E, F> collect(List<E> expected, List<F> found, int[][] levels,
      int[] foundFor, boolean[] taken) {
    List<Pair<E, F>> pairs = new ArrayList<>();
    List<E> missed = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (foundFor[i] >= 0) {
        pairs.add(new Pair<>(expected.get(i), found.get(foundFor[i]), levels[i][foundFor[i]]));
      } else {
        missed.add(expected.get(i));
      }
    }
    List<F> extra = new ArrayList<>();
    for (int j = 0; j < found.size(); j++) {
      if (!taken[j]) {
        extra.add(found.get(j));
      }
    }
    return new Matching<>(List.copyOf(pairs), List.copyOf(missed), List.copyOf(extra));
  }
}

package io.github.sitrep.parser.eval;

/**
 * Counts of one kind of thing: found and expected (true positives), found but not expected
 * (false positives), expected but not found (false negatives), and the precision, recall and
 * F1 they give. A ratio whose denominator is zero is 0.
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Score(int tp, int fp, int fn) {

  /** A score of nothing. */
  public static final Score ZERO = new Score(0, 0, 0);

  /** Rejects negative counts. */
  public Score {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count in " + tp + "/" + fp + "/" + fn);
    }
  }

  /** @return tp / (tp + fp) */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** @return tp / (tp + fn) */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** @return the harmonic mean of precision and recall: 2 tp / (2 tp + fp + fn) */
  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  /** @return how many were expected: tp + fn */
  public int expected() {
    return tp + fn;
  }

  /**
   * @param other another score
   * @return the sum of the counts (micro-averaging)
   */
  public Score plus(Score other) {
    return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }
}

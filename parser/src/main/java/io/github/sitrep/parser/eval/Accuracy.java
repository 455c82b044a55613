package io.github.sitrep.parser.eval;

/**
 * The share of cases decided right: of the expected statements whose content was found, how
 * many have the right speaker. The value of no cases is 0.
 *
 * @param correct cases decided right
 * @param total cases decided
 */
public record Accuracy(int correct, int total) {

  /** No cases. */
  public static final Accuracy ZERO = new Accuracy(0, 0);

  /** Rejects negative counts and more right than decided. */
  public Accuracy {
    if (correct < 0 || total < correct) {
      throw new IllegalArgumentException("bad accuracy " + correct + "/" + total);
    }
  }

  /** @return correct / total */
  public double value() {
    return Score.ratio(correct, total);
  }

  /**
   * @param other another accuracy
   * @return the sum of the counts
   */
  public Accuracy plus(Accuracy other) {
    return new Accuracy(correct + other.correct, total + other.total);
  }

  /**
   * @param right whether one more case was decided right
   * @return this accuracy with the case added
   */
  public Accuracy with(boolean right) {
    return new Accuracy(correct + (right ? 1 : 0), total + 1);
  }
}

package io.github.sitrep.benchmarks;

/** The project's performance goals. */
final class Goals {

  /** Seed-sized articles per second on one core. */
  static final double ARTICLES_PER_CORE_SECOND = 2_000;

  /** Bytes allocated per 1,024 characters of text, at most. */
  static final double BYTES_PER_KILOBYTE = 50 * 1024;

  /** Milliseconds to build a parser, at most. */
  static final double BUILD_MILLIS = 300;

  /** Milliseconds for a cold command-line run, at most. */
  static final double CLI_MILLIS = 1_000;

  /** Time per kilobyte at the largest size over the smallest, at most. */
  static final double LINEARITY_RATIO = 1.5;

  private Goals() {}

  /**
   * @param met whether a goal is met
   * @return the word for it in the report
   */
  static String verdict(boolean met) {
    return met ? "met" : "**not met**";
  }
}

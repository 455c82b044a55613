package io.github.sitrep.parser.lexicon;

/**
 * A lexicon file that cannot be read: its message names the file and the line, and says
 * what is wrong ("forces.tsv:12: kind 'REBEL' is not a kind of FORCE; ...").
 */
public final class LexiconFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number, or 0 when the problem is not on one line
   * @param problem what is wrong
   */
  public LexiconFormatException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** @return the file or resource name */
  public String source() {
    return source;
  }

  /** @return the 1-based line number, or 0 when the problem is not on one line */
  public int line() {
    return line;
  }
}

package io.github.sitrep.json;

/**
 * Thrown when a document is not an article JSON that this library can read: malformed
 * JSON, a value of the wrong type, an unknown field or enum constant, a required field
 * missing, a document over the reader's limits, or an unsupported schema version.
 *
 * <p>The message says what is wrong, where in the article ({@link #getPath() path}) and
 * where in the document ({@link #getLine() line}, {@link #getColumn() column}):
 *
 * <pre>{@code
 * events[2].status: 'HAPPEND' is not one of HAPPENED, INTENDED, NEGATED, CLAIMED (line 40, column 17)
 * }</pre>
 *
 * <p>The cause, when there is one, is the exception of the JSON library.
 */
public final class ArticleJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  /**
   * @param problem what is wrong, without the path or location
   * @param path the path in the article, empty for the document as a whole
   * @param line the line, 1-based, or -1 when unknown
   * @param column the column, 1-based, or -1 when unknown
   * @param cause the underlying exception, or {@code null}
   */
  public ArticleJsonException(String problem, String path, int line, int column, Throwable cause) {
    super(format(problem, path, line, column), cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  private static String format(String problem, String path, int line, int column) {
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return (path.isEmpty() ? "" : path + ": ") + problem + where;
  }

  /** @return the path of the offending value in the article ({@code events[2].status}), or empty */
  public String getPath() {
    return path;
  }

  /** @return the line of the document where the problem was found, 1-based, or -1 */
  public int getLine() {
    return line;
  }

  /** @return the column of the document where the problem was found, 1-based, or -1 */
  public int getColumn() {
    return column;
  }
}

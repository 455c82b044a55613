package io.github.sitrep.parser.internal.discourse;

/**
 * A word or a punctuation character of the text.
 *
 * @param start offset of the first character
 * @param end offset past the last character
 * @param norm the token in lower case ({@code Locale.ROOT}), curly apostrophes made straight
 */
public record Token(int start, int end, String norm) {

  /** @return whether the token starts with a letter or digit */
  public boolean isWord() {
    return !norm.isEmpty() && Character.isLetterOrDigit(norm.charAt(0));
  }

  /** @return whether the token is a quotation mark */
  public boolean isQuoteMark() {
    return norm.length() == 1 && Tokenizer.isQuoteMark(norm.charAt(0));
  }

  /**
   * @param other a lower-case word
   * @return whether this token is that word
   */
  public boolean is(String other) {
    return norm.equals(other);
  }
}

package io.github.sitrep.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Ids of the model's objects: short, stable, lower-case strings of letters, digits and
 * {@code . _ : -}, unique within an article. {@link #slug(String)} makes one from a name.
 */
public final class Ids {

  /** The pattern every id matches. */
  public static final String PATTERN = "[a-z0-9][a-z0-9._:-]{0,127}";

  /** The Bean Validation message for an id that does not match {@link #PATTERN}. */
  public static final String MESSAGE =
      "must be 1 to 128 lower-case letters, digits or . _ : - starting with a letter or digit";

  private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

  private Ids() {}

  /**
   * @param id a candidate id
   * @return whether it is a well-formed id
   */
  public static boolean isValid(String id) {
    return id != null && COMPILED.matcher(id).matches();
  }

  /**
   * Makes an id from a name: accents dropped, lower case, runs of other characters turned
   * into single hyphens, at most 100 characters. "Deir ez-Zor" gives {@code deir-ez-zor}.
   *
   * @param name any text
   * @return a well-formed id; {@code x} when the name has no letter or digit
   */
  public static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(Math.min(plain.length(), 100));
    boolean hyphen = false;
    for (int i = 0; i < plain.length() && out.length() < 100; i++) {
      char c = Character.toLowerCase(plain.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        hyphen = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        hyphen = true;
      }
    }
    return out.length() == 0 ? "x" : out.toString().toLowerCase(Locale.ROOT);
  }
}

package io.github.sitrep.parser.internal;

import io.github.sitrep.validation.Issue;
import io.github.sitrep.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * One linear pass over the input that reports what the parser cannot read well: empty
 * text, control characters that suggest binary data, unpaired surrogates, replacement
 * characters left by a wrong decoding.
 */
final class InputCheck {

  /** Share of control characters above which the text is reported as binary. */
  private static final double BINARY_SHARE = 0.01;

  private InputCheck() {}

  /**
   * @param text the input
   * @return the problems found, in a fixed order
   */
  static List<Issue> check(String text) {
    List<Issue> problems = new ArrayList<>(2);
    if (text.isBlank()) {
      problems.add(Issue.of("input.empty", Severity.WARNING,
          "the text is empty or only white space: nothing to read", ""));
      return problems;
    }
    int controls = 0;
    int unpaired = 0;
    int replacements = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          unpaired++;
        }
      } else if (Character.isLowSurrogate(c)) {
        unpaired++;
      } else if (c == '\uFFFD') {
        replacements++;
      } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        controls++;
      }
    }
    if (controls > text.length() * BINARY_SHARE) {
      problems.add(Issue.of("input.binary", Severity.WARNING, controls
          + " control characters: the input looks like binary data, not article text", ""));
    }
    if (unpaired > 0) {
      problems.add(Issue.of("input.unpaired-surrogate", Severity.INFO, unpaired
          + " unpaired UTF-16 surrogates: the text was cut or decoded badly", ""));
    }
    if (replacements > 0) {
      problems.add(Issue.of("input.replacement-character", Severity.INFO, replacements
          + " replacement characters (U+FFFD): the file was probably not UTF-8", ""));
    }
    return problems;
  }
}

package io.github.sitrep.parser.internal.entity;

import java.util.Set;

/**
 * The branches of a state's forces that generic names point at: "the army" and "Iraqi
 * troops" are the general forces, "the air force" and "Russian warplanes" the air force.
 * Generic names of different branches stay different forces.
 */
final class Branches {

  static final String GENERAL = "general";
  static final String AIR = "air";
  static final String NAVY = "navy";
  static final String POLICE = "police";
  static final String BORDER = "border";

  private static final Set<String> AIR_WORDS = Words.set("air", "jets", "warplanes", "aircraft",
      "drones", "airforce");
  private static final Set<String> NAVY_WORDS = Words.set("navy", "naval", "marines",
      "coast");
  private static final Set<String> POLICE_WORDS = Words.set("police", "policemen", "gendarmerie",
      "gendarmes", "riot");
  private static final Set<String> BORDER_WORDS = Words.set("border");

  private Branches() {}

  /**
   * @param tokens the text
   * @param first the first word of the force's name after the country word
   * @param end the token after the name
   * @return the branch the words name
   */
  static String of(Tokens tokens, int first, int end) {
    for (int k = first; k < end; k++) {
      String w = tokens.key(k);
      if (AIR_WORDS.contains(w)) {
        return AIR;
      }
      if (NAVY_WORDS.contains(w)) {
        return NAVY;
      }
      if (POLICE_WORDS.contains(w)) {
        return POLICE;
      }
      if (BORDER_WORDS.contains(w)) {
        return BORDER;
      }
    }
    return GENERAL;
  }
}

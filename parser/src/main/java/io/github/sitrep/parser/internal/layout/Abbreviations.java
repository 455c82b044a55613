package io.github.sitrep.parser.internal.layout;

import java.util.Set;

/**
 * English abbreviations that end with a full stop, and the words that usually open a
 * sentence. Look-ups are case-sensitive ("No." is an abbreviation, "no." is not) and read at
 * most {@link #MAX_LOOKBACK} characters back, so classifying a full stop costs constant time.
 */
final class Abbreviations {

  /** The longest word, with inner full stops, that is looked at before a full stop. */
  static final int MAX_LOOKBACK = 16;

  private static final Set<String> TITLES = Set.of(
      // military and police ranks
      "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr",
      "Cdr", "Lieut", "Sgts", "Spc", "Insp", "Supt", "Det", "Const", "Cmdt", "Comdr",
      // civil titles and honorifics
      "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Pres",
      "Rev", "Hon", "Amb", "Atty", "Sec", "Fr", "Mme", "Mlle",
      // places in names
      "St", "Ste", "Mt", "Ft", "Pt",
      // months
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      // other words that precede what they qualify
      "approx", "vs", "v", "ca", "cf", "Gens");

  private static final Set<String> NUMBERED = Set.of(
      "No", "Nos", "no", "Vol", "vol", "Art", "art", "Fig", "fig", "Para", "para", "Ch", "ch",
      "pp", "p", "Op", "Res", "Rt", "Hwy");

  private static final Set<String> AMBIGUOUS = Set.of(
      "etc", "Inc", "Ltd", "Corp", "Co", "Jr", "Sr", "Bros", "al", "Plc", "plc", "Esq", "Dept");

  private static final Set<String> OPENERS = Set.of(
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
      "Those", "There", "His", "Her", "Its", "Their", "Our", "But", "And", "In", "On", "At",
      "As", "If", "When", "After", "Before", "However", "Meanwhile", "Also", "Some", "Many",
      "Most", "Both", "Officials", "According", "While", "Since", "Last", "Earlier", "Later");

  private Abbreviations() {}

  /**
   * Classifies the word just before a full stop.
   *
   * @param text the text
   * @param dot the offset of the full stop
   * @param from the first offset the word may start at
   * @return what kind of abbreviation the word is, {@link Abbreviation#NONE} if none
   */
  static Abbreviation before(String text, int dot, int from) {
    int limit = Math.max(from, dot - MAX_LOOKBACK);
    int start = dot;
    while (start > limit && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    if (start == dot || (start > from && isWordChar(text.charAt(start - 1)))) {
      return Abbreviation.NONE;
    }
    return classify(text.substring(start, dot));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '.';
  }

  private static Abbreviation classify(String word) {
    if (word.startsWith(".")) {
      return Abbreviation.NONE;
    }
    if (word.indexOf('.') >= 0) {
      return isInitialism(word) ? Abbreviation.AMBIGUOUS : Abbreviation.NONE;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return Abbreviation.TITLE;
    }
    if (TITLES.contains(word)) {
      return Abbreviation.TITLE;
    }
    if (NUMBERED.contains(word)) {
      return Abbreviation.NUMBERED;
    }
    return AMBIGUOUS.contains(word) ? Abbreviation.AMBIGUOUS : Abbreviation.NONE;
  }

  /** "U.S", "a.m", "D.C", "e.g": single letters joined by full stops. */
  private static boolean isInitialism(String word) {
    for (int i = 0; i < word.length(); i++) {
      boolean letterSlot = i % 2 == 0;
      if (letterSlot != Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return word.length() % 2 == 1;
  }

  /**
   * @param word a capitalised word
   * @return whether it usually opens a sentence, so that an ambiguous abbreviation before it
   *     ends the previous one
   */
  static boolean isOpener(String word) {
    return OPENERS.contains(word);
  }
}

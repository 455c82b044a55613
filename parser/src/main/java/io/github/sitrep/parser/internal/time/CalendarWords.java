package io.github.sitrep.parser.internal.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words dates are made of: months, weekdays, units, small numbers, and the
 * words around dates that the reader looks at. Every known word is held once, lower case;
 * {@link #canonical(String)} maps a lower-case word to that instance so tokens can keep it
 * without keeping their own copy.
 */
final class CalendarWords {

  private static final Map<String, Month> MONTHS = new HashMap<>();
  private static final Map<String, Month> MONTH_ABBREVIATIONS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12));

  /** Parts of a day that may follow a weekday: "Sunday night". */
  static final Set<String> DAY_PARTS = Set.of("night", "morning", "afternoon", "evening");

  /** Ordinal suffixes written after a day number: "3rd". */
  static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

  /** Words before a bare month name that make it a date ("in May"). */
  static final Set<String> MONTH_CUES = Set.of(
      "in", "since", "until", "till", "by", "during", "from", "through", "of", "early", "mid",
      "late", "last", "next", "this", "and", "or", "to", "between", "before", "after");

  /** Prepositions before a four-digit number that make it a year: "in 2014", "since 2011". */
  static final Set<String> YEAR_CUES = Set.of(
      "in", "since", "until", "till", "by", "during", "from", "through", "early", "mid", "late",
      "before", "after", "between");

  /** Words after which a four-digit number is a count, not a year: "about 2000". */
  static final Set<String> QUANTIFIERS = Set.of(
      "about", "some", "nearly", "almost", "around", "over", "than", "least", "approximately",
      "roughly", "estimated", "only", "just", "another", "additional", "all", "total", "up");

  /** Words before a year used as an adjective: "the 2014 elections". */
  static final Set<String> DETERMINERS = Set.of(
      "the", "its", "their", "his", "her", "this", "that", "a", "an");

  /** Lower-case words that may follow a year: "in 2014 and", "since 2016 when". */
  static final Set<String> YEAR_FOLLOWERS = Set.of(
      "and", "or", "to", "when", "while", "as", "after", "before", "in", "on", "at", "with",
      "was", "were", "is", "are", "has", "had", "have", "saw", "that", "which", "where", "but",
      "until", "till", "for", "from", "through", "onward", "onwards", "alone", "itself", "by",
      "during", "amid", "following", "because", "he", "she", "it", "they", "we", "i", "the");

  /** Words that, a few words before a date, put it in the future: "will meet on Sunday". */
  static final Set<String> FUTURE_CUES = Set.of(
      "will", "shall", "ll", "next", "upcoming", "scheduled", "planned", "plans", "due",
      "expected", "tomorrow", "coming");

  /** Future cues that a past auxiliary before them cancels: "was due to take effect". */
  static final Set<String> PARTICIPLE_CUES = Set.of("scheduled", "planned", "due", "expected");

  /** Past auxiliaries: "was", "were", "had", "been". */
  static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "been");

  /** Units of relative dates, singular and plural. */
  static final Map<String, TimeUnit> UNITS = Map.of(
      "day", TimeUnit.DAY, "days", TimeUnit.DAY, "week", TimeUnit.WEEK, "weeks", TimeUnit.WEEK,
      "month", TimeUnit.MONTH, "months", TimeUnit.MONTH, "year", TimeUnit.YEAR,
      "years", TimeUnit.YEAR);

  private static final Map<String, String> VOCABULARY = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      MONTHS.put(name, m);
      MONTH_ABBREVIATIONS.put(name.substring(0, 3), m);
    }
    MONTH_ABBREVIATIONS.put("sept", Month.SEPTEMBER);
    MONTH_ABBREVIATIONS.remove("may");
    for (DayOfWeek d : DayOfWeek.values()) {
      WEEKDAYS.put(d.name().toLowerCase(Locale.ROOT), d);
    }
    for (Set<String> words : List.of(MONTHS.keySet(), MONTH_ABBREVIATIONS.keySet(),
        WEEKDAYS.keySet(), NUMBERS.keySet(), DAY_PARTS, ORDINALS, MONTH_CUES, YEAR_CUES,
        QUANTIFIERS, DETERMINERS, YEAR_FOLLOWERS, FUTURE_CUES, PAST_AUXILIARIES, UNITS.keySet(),
        RelativeWords.ALL)) {
      words.forEach(w -> VOCABULARY.put(w, w));
    }
  }

  /** The longest word in the vocabulary. */
  static final int LONGEST = 12;

  private CalendarWords() {}

  /**
   * @param lower a lower-case word
   * @return the vocabulary's instance of it, or {@code null} if it is not a date word
   */
  static String canonical(String lower) {
    return VOCABULARY.get(lower);
  }

  /**
   * @param word a lower-case word
   * @return the month it names in full ("december"), or null
   */
  static Month fullMonth(String word) {
    return MONTHS.get(word);
  }

  /**
   * @param word a lower-case word
   * @return the month it names in full or in short ("dec", "sept"), or null
   */
  static Month anyMonth(String word) {
    Month full = fullMonth(word);
    return full != null ? full : MONTH_ABBREVIATIONS.get(word);
  }

  /**
   * @param word a lower-case word
   * @return the weekday it names, or null
   */
  static DayOfWeek weekday(String word) {
    return WEEKDAYS.get(word);
  }

  /**
   * @param word a lower-case word
   * @return the small number it names ("a" is one), or 0
   */
  static int number(String word) {
    return NUMBERS.getOrDefault(word, 0);
  }
}

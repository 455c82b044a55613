package io.github.sitrep.parser.internal.time;

import java.util.Set;

/** The words of relative dates: "yesterday", "last week", "a year earlier". */
final class RelativeWords {

  static final String YESTERDAY = "yesterday";
  static final String TODAY = "today";
  static final String TOMORROW = "tomorrow";
  static final String TONIGHT = "tonight";
  static final String LAST = "last";
  static final String THIS = "this";
  static final String NEXT = "next";
  static final String NIGHT = "night";
  static final String EARLIER = "earlier";
  static final String LATER = "later";
  static final String AGO = "ago";
  static final String EARLY = "early";
  static final String MID = "mid";
  static final String LATE = "late";
  static final String ON = "on";
  static final String IN = "in";
  static final String OF = "of";
  static final String THE = "the";
  static final String PAST = "past";
  static final String SINCE = "since";
  static final String OVERNIGHT = "overnight";
  static final String HOURS = "hours";
  static final String DAY = "day";
  static final String SAME = "same";
  static final String THAT = "that";

  /** Every word above. */
  static final Set<String> ALL = Set.of(YESTERDAY, TODAY, TOMORROW, TONIGHT, LAST, THIS, NEXT,
      NIGHT, EARLIER, LATER, AGO, EARLY, MID, LATE, ON, IN, OF, THE, PAST, SINCE, OVERNIGHT, HOURS,
      DAY, SAME, THAT);

  private RelativeWords() {}
}

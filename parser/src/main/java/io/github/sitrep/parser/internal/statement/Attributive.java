package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.parser.internal.discourse.Discourse;
import java.util.Set;

/**
 * Words that may stand between a cue and a quotation it introduces without being part of
 * what was said: "told reporters in Kabul on Monday:", "said in a statement that".
 */
final class Attributive {

  private static final Set<String> WORDS = Set.of(":", ",", "that", "a", "an", "the", "it", "this",
      "in", "statement", "statements", "on", "at", "during", "press", "conference", "briefing",
      "interview", "speech", "with", "to", "reporters", "journalists", "media", "television",
      "televised", "tv", "radio", "news", "agency", "late", "earlier", "later", "also", "then",
      "further", "as", "saying", "adding", "him", "her", "them", "us", "me", "online", "message",
      "video", "post", "address", "written", "local", "state", "weekly", "daily", "its", "his",
      "their", "official", "website", "channel", "broadcast", "today", "yesterday", "morning",
      "afternoon", "evening", "night", "week", "month", "last",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "-", "\u2014", "\u2013", "(", ")");

  private Attributive() {}

  /**
   * @param d the discourse
   * @param from first token of the gap
   * @param to token past the gap
   * @return whether every token of the gap is attributive (or part of an entity name)
   */
  static boolean gap(Discourse d, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = d.norm(t);
      boolean digit = !w.isEmpty() && Character.isDigit(w.charAt(0));
      if (!WORDS.contains(w) && !digit && d.mentionAt(t) < 0) {
        return false;
      }
    }
    return true;
  }
}

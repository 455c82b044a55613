package io.github.sitrep.parser.robust;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text built from pieces of news articles, chosen for the rules they exercise: names with
 * particles, titles and ranks, armed groups and acronyms, places, reporting verbs, event
 * words, quotation marks straight, curly and unbalanced, punctuation, dates, numbers,
 * abbreviations, datelines, line breaks, and characters that should never be there.
 */
final class ArticlePieces {

  private static final List<String> NAMES = List.of(
      "Abu Bakr al-Baghdadi", "Abd al-Rahman", "Ahmed bin Salem", "Omar ibn Hassan", "al-",
      "Al-", "al-Bukamal", "Deir ez-Zor", "Jean-Pierre de la Tour", "Pieter van der Berg",
      "Maria dos Santos", "Ali", "Hussein", "Khan", "O'Brien", "McAllister", "Nguyen Van Thanh",
      "Mohammed", "Salah al-Din", "Bin", "bin", "van", "de", "el-Fasher", "Abu", "Umm Qasr");
  private static final List<String> TITLES = List.of(
      "Lt. Gen.", "Maj. Gen.", "Brig.", "Col.", "Capt.", "Sgt.", "Gen.", "President",
      "Prime Minister", "Defence Minister", "spokesman", "Sheikh", "Dr.", "Mr.", "Mrs.", "Ms.",
      "commander of", "leader of", "Jr.", "II", "III", "Sr.");
  private static final List<String> GROUPS = List.of(
      "Islamic State", "ISIS", "ISIL", "Daesh", "Syrian Democratic Forces (SDF)", "SDF", "YPG",
      "Popular Mobilization Forces", "Hashd al-Shaabi", "al-Shabaab", "Boko Haram", "M23",
      "the army", "the coalition", "Iraqi Security Forces", "Wagner Group", "Houthi rebels",
      "Ministry of Defence", "the United Nations", "Reuters", "police", "militants", "RSF");
  private static final List<String> PLACES = List.of(
      "Iraq", "Syria", "Mosul", "Kurdistan Region", "Tripoli", "Kyiv", "Donetsk region",
      "Borno state", "Mogadishu", "North Waziristan", "Idlib province", "the Euphrates",
      "the border", "Anbar", "Mali", "Sahel", "Gaza", "Khartoum", "Marib", "Kabul");
  private static final List<String> WORDS = List.of(
      "said", "told", "added", "announced", "according to", "claimed", "denied", "warned",
      "killed", "attacked", "shelled", "clashed with", "seized", "wounded", "abducted",
      "agreed", "will", "did not", "plans to", "the", "a", "of", "in", "on", "and", "that",
      "He", "She", "They", "It", "at least 12", "dozens of", "three", "100", "1,200", "people",
      "soldiers", "civilians", "fighters", "attack", "strike", "drone", "on Sunday", "last week",
      "December 11, 2017", "Dec. 11", "11 December", "2017", "mid-2019", "2017-12-11",
      "yesterday", "next month", "in March", "earlier this year", "U.S.", "U.N.", "a.m.", "p.m.",
      "No.", "St.", "Inc.", "e.g.", "i.e.", "etc.", "vs.");
  private static final List<String> MARKS = List.of(
      "\"", "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "``", "''", ".", ".", ",", ",", ";",
      ":", "?", "!", "...", "…", "—", "–", "-", "--", "(", ")", "[", "]", "/", "&", "%", "$");
  private static final List<String> LAYOUT = List.of(
      "\n", "\n\n", "\r\n", "\t", "  ", "\u00A0", "\u2028", "ERBIL, Kurdistan Region —",
      "BAMAKO (Reuters) -", "KYIV, Dec 3 (AP) —", "By Staff Writer", "Updated 3 hours ago");
  private static final List<String> JUNK = List.of(
      "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u0000", "\uFEFF", "\uFFFD", "\u200B", "\u202E",
      "😀", "\u0301", "ẞ", "İ", "ı", "ﬁ", "Ａ", "٣", "١٢", "\u001B[0m", "<p>", "&amp;", "\\");

  private ArticlePieces() {}

  /** @return one piece, most often words and names, sometimes marks or junk */
  static Arbitrary<String> piece() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(NAMES)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(TITLES)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(GROUPS)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(PLACES)),
        net.jqwik.api.Tuple.of(8, Arbitraries.of(WORDS)),
        net.jqwik.api.Tuple.of(5, Arbitraries.of(MARKS)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(LAYOUT)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(JUNK)));
  }

  /**
   * @param maxPieces the most pieces in one text
   * @return article-like text: an optional headline line, then pieces joined by spaces,
   *     nothing, commas or line breaks
   */
  static Arbitrary<String> text(int maxPieces) {
    Arbitrary<String> joiner = Arbitraries.of(" ", " ", " ", " ", "", "\n", "\n\n", ", ");
    Arbitrary<String> body = Combinators.combine(piece(), joiner).as(String::concat)
        .list().ofMaxSize(maxPieces).map(parts -> String.join("", parts));
    Arbitrary<String> headline = Arbitraries.oneOf(Arbitraries.just(""),
        Combinators.combine(piece(), piece()).as((a, b) -> a + " " + b + "\n"));
    return Combinators.combine(headline, body).as(String::concat);
  }
}

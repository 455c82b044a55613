package io.github.sitrep.parser.internal.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * The name an entity takes: its fullest form in the text (more words first; among single
 * words the most frequent, then the first), with names written in capitals (datelines,
 * headlines) given the lexicon's spelling.
 */
final class GroupNames {

  private GroupNames() {}

  static String choose(Group g, Scan scan) {
    Map<String, Integer> counts = new HashMap<>();
    for (Candidate c : g.members) {
      counts.merge(display(c, scan), 1, Integer::sum);
    }
    String canonical = g.lead.lexicon.isEmpty() ? null : g.lead.lexicon.get(0).entry().getName();
    for (Candidate c : g.members) {
      if (canonical != null && display(c, scan).equalsIgnoreCase(canonical)) {
        return display(c, scan);
      }
    }
    String best = null;
    int bestWords = -1;
    int bestCount = -1;
    for (Candidate c : g.members) {
      if (c.generic && !g.lead.generic) {
        continue;
      }
      String name = display(c, scan);
      int words = NameKeys.words(name).size();
      int count = counts.get(name);
      if (words > bestWords || (words == bestWords && words == 1 && count > bestCount)) {
        best = name;
        bestWords = words;
        bestCount = count;
      }
    }
    return best == null ? display(g.lead, scan) : best;
  }

  /** @return a member's name, in the lexicon's spelling when the text has it in capitals */
  static String display(Candidate c, Scan scan) {
    String name = c.name.strip();
    if (name.startsWith("the ") && name.length() > 4) {
      name = name.substring(4);
    }
    if (!isShouted(name)) {
      return name;
    }
    if (c.lexicon.isEmpty()) {
      return c.rule.equals("dateline") ? titleCase(name) : name;
    }
    String lex = c.lexicon.get(0).text();
    return TextShapes.isAllCaps(lex, 0, lex.length()) || !NameKeys.key(lex).equals(NameKeys.key(name))
        ? name : lex;
  }

  /** "DEIR EZ-ZOR" gives "Deir Ez-Zor". */
  static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(wordStart ? c : Character.toLowerCase(c));
      wordStart = !Character.isLetterOrDigit(c) && c != '\'' && c != '\u2019';
    }
    return out.toString();
  }

  private static boolean isShouted(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      if (Character.isLetter(name.charAt(i))) {
        letters++;
      }
    }
    return letters >= 3 && TextShapes.isAllCaps(name, 0, name.length());
  }
}

package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Later, shorter mentions of entities found earlier: a person's surname ("Assad" after
 * "Bashar al-Assad"), an acronym defined in the text, the bare name of a river or province
 * named with its kind word ("the Euphrates" after "the Euphrates River"), and "the
 * coalition" after a named coalition. Only words no other mention covers are read.
 */
final class LaterMentions {

  private LaterMentions() {}

  static List<Candidate> find(Scan scan, List<Candidate> chosen) {
    TokenTrie<Candidate> known = names(scan, chosen).trie;
    Latest coalitions = new Latest(chosen, LaterMentions::isCoalition, true);
    Latest ministries = new Latest(chosen, LaterMentions::isMinistry, false);
    boolean[] taken = taken(scan, chosen);
    List<Candidate> out = new ArrayList<>();
    Tokens t = scan.tokens;
    for (int i = 0; i < scan.size(); i++) {
      if (taken[i] || !t.isWord(i)) {
        continue;
      }
      if (t.isLower(i) && t.is(i, "coalition")) {
        Candidate target = coalitions.before(t.start(i));
        if (target != null) {
          out.add(repeat(scan, i, i + 1, target));
        }
        continue;
      }
      if (t.isLower(i) && t.is(i, "ministry") && t.is(i - 1, "the") && !t.is(i + 1, "of")) {
        Candidate target = ministries.before(t.start(i));
        if (target != null) {
          out.add(repeat(scan, i, i + 1, target));
        }
        continue;
      }
      TokenTrie.Match<Candidate> m = t.isLower(i) ? null : known.longestAt(t, i).orElse(null);
      if (m != null && free(taken, m.first(), m.end())) {
        out.add(repeat(scan, m.first(), m.end(), m.values().get(0)));
        i = m.end() - 1;
      }
    }
    return out;
  }

  private static Candidate repeat(Scan scan, int first, int end, Candidate target) {
    Candidate c = new Candidate(scan, first, end, target.type, "repeat");
    c.sameAs = target;
    c.placeKind = target.placeKind;
    c.forceKind = target.forceKind;
    c.country = target.country;
    return c;
  }

  /**
   * Names and what they stand for, the first candidate of each spelling only: a later one
   * of the same spelling could never be chosen, and a text naming one person thousands of
   * times would otherwise make every look-up try them all.
   */
  private static final class Known {
    final TokenTrie<Candidate> trie = new TokenTrie<>();
    private final Set<String> spellings = new HashSet<>();

    void add(String name, Candidate c) {
      if (spellings.add(name)) {
        trie.add(name, c);
      }
    }
  }

  private static Known names(Scan scan, List<Candidate> chosen) {
    Known trie = new Known();
    Map<String, Candidate> surnames = new HashMap<>();
    Map<String, String> surnameSpelling = new HashMap<>();
    for (Candidate c : chosen) {
      if (c.sameAs != null) {
        if (c.rule.equals("acronym-def")) {
          trie.add(c.name, c.sameAs);
        }
        continue;
      }
      switch (c.type) {
        case PERSON:
          trie.add(c.name, c);
          person(c, surnames, surnameSpelling);
          break;
        case PLACE:
          place(c, trie);
          break;
        default:
          if (c.lexicon.isEmpty() && !c.generic) {
            trie.add(c.name, c);
          }
      }
    }
    surnames.forEach((key, c) -> {
      if (c != null) {
        trie.add(surnameSpelling.get(key), c);
      }
    });
    return trie;
  }

  private static void person(Candidate c, Map<String, Candidate> surnames,
      Map<String, String> spelling) {
    List<String> words = NameKeys.words(c.name);
    String surname = NameKeys.surname(c.name);
    if (words.size() < 2 || surname.isEmpty()) {
      return;
    }
    if (surnames.containsKey(surname) && surnames.get(surname) != null
        && !NameKeys.key(surnames.get(surname).name).equals(NameKeys.key(c.name))) {
      surnames.put(surname, null);
    } else if (!surnames.containsKey(surname)) {
      surnames.put(surname, c);
      spelling.put(surname, spelled(c.name, surname));
    }
  }

  /** @return the surname as written in the full name */
  private static String spelled(String name, String folded) {
    Tokens t = Tokens.of(name);
    for (int i = t.size() - 1; i >= 0; i--) {
      if (t.isWord(i) && t.key(i).equals(folded)) {
        return t.surface(i);
      }
    }
    return folded;
  }

  private static void place(Candidate c, Known trie) {
    if (!c.lexicon.isEmpty()) {
      return;
    }
    trie.add(c.name, c);
    if (c.placeKind == PlaceKind.RIVER || c.placeKind == PlaceKind.VALLEY) {
      int space = c.name.lastIndexOf(' ');
      if (space > 0 && c.placeKind == PlaceKind.RIVER) {
        trie.add(c.name.substring(0, space), c);
      }
    }
  }

  private static boolean isCoalition(Candidate c) {
    return c.type == Candidate.Type.FORCE && c.forceKind == ForceKind.COALITION
        && c.sameAs == null;
  }

  private static boolean isMinistry(Candidate c) {
    return c.type == Candidate.Type.ORGANISATION && c.sameAs == null
        && NameKeys.words(c.name).contains("ministry");
  }

  /**
   * The latest mention of a kind before an offset, for offsets asked in increasing order;
   * a coalition named as one ("US-led coalition") is preferred to another coalition.
   */
  private static final class Latest {
    private final List<Candidate> items = new ArrayList<>();
    private int next;
    private Candidate last;
    private Candidate lastNamed;
    private final boolean orFirst;

    Latest(List<Candidate> chosen, java.util.function.Predicate<Candidate> kind, boolean orFirst) {
      this.orFirst = orFirst;
      for (Candidate c : chosen) {
        if (kind.test(c)) {
          items.add(c);
        }
      }
    }

    Candidate before(int offset) {
      while (next < items.size() && items.get(next).start < offset) {
        last = items.get(next++);
        if (last.name.toLowerCase(Locale.ROOT).contains("coalition")) {
          lastNamed = last;
        }
      }
      if (lastNamed != null) {
        return lastNamed;
      }
      return last != null ? last : orFirst && !items.isEmpty() ? items.get(0) : null;
    }
  }

  private static boolean[] taken(Scan scan, List<Candidate> chosen) {
    boolean[] taken = new boolean[scan.size()];
    for (Candidate c : chosen) {
      if (!c.container) {
        for (int i = c.first; i < c.end; i++) {
          taken[i] = true;
        }
      }
    }
    return taken;
  }

  private static boolean free(boolean[] taken, int first, int end) {
    for (int i = first; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}

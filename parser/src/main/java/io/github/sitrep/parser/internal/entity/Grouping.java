package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.ForceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the chosen mentions into entities: mentions of one lexicon entry, mentions with
 * the same name and type, mentions linked by a rule (an acronym and its definition), a
 * person's surname with the full name, and "Iraqi forces" with the one Iraqi state force
 * the text names.
 */
final class Grouping {

  private final List<Candidate> items;
  private final int[] parent;
  private LexiconIndex index;

  private Grouping(List<Candidate> items) {
    this.items = items;
    this.parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  static List<List<Candidate>> group(List<Candidate> items, LexiconIndex index) {
    Grouping g = new Grouping(items);
    g.index = index;
    g.byKeys();
    g.byLinks();
    g.genericForces();
    g.surnames();
    g.shortNames();
    return g.groups();
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private void byKeys() {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (String key : keys(items.get(i))) {
        Integer other = first.putIfAbsent(key, i);
        if (other != null) {
          union(other, i);
        }
      }
    }
  }

  private static List<String> keys(Candidate c) {
    List<String> keys = new ArrayList<>(2);
    if (c.type == Candidate.Type.PLACE) {
      keys.add("place:" + bucket(c) + ":" + NameKeys.key(c.name));
      if (c.rule.equals("locative") && c.lexicon.isEmpty()) {
        keys.add("place:division:" + NameKeys.key(c.name));
      }
    }
    if (!c.lexicon.isEmpty()) {
      keys.add("lex:" + c.lexicon.get(0).entry().getId());
    } else if (c.type == Candidate.Type.PLACE) {
      return keys;
    } else if (c.generic && c.type == Candidate.Type.ORGANISATION) {
      keys.add("government:" + c.country);
    } else if (c.generic) {
      keys.add("generic:" + c.country + ":" + c.forceKind + ":" + c.branch);
    } else {
      String kind = c.type == Candidate.Type.PLACE ? String.valueOf(c.placeKind)
          : c.type == Candidate.Type.ORGANISATION && c.qualifiedName != null ? c.country : "";
      keys.add("name:" + c.type + ":" + kind + ":" + NameKeys.key(c.name));
    }
    return keys;
  }

  /** Places named alike are one unless one is a division and the other a town or feature. */
  private static String bucket(Candidate c) {
    if (c.placeKind == null) {
      return "settlement";
    }
    switch (c.placeKind) {
      case PROVINCE:
      case REGION:
      case DISTRICT:
        return "division";
      case COUNTRY:
        return "country";
      case RIVER:
      case VALLEY:
      case CROSSING:
      case BASE:
      case BORDER:
        return c.placeKind.name();
      default:
        return "settlement";
    }
  }

  private void byLinks() {
    Map<Candidate, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i), i);
    }
    for (int i = 0; i < items.size(); i++) {
      Candidate target = items.get(i).sameAs;
      Integer j = target == null ? null : index.get(target);
      if (j != null) {
        union(i, j);
      }
    }
  }

  /** "Iraqi forces" joins the one named state force of Iraq, when there is exactly one. */
  private void genericForces() {
    Map<String, Integer> named = new HashMap<>();
    Map<String, Boolean> unique = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Candidate c = items.get(i);
      if (c.type == Candidate.Type.FORCE && !c.generic && c.forceKind == ForceKind.STATE
          && c.country != null && isTopLevel(c) && CountryWords.named(index, c)) {
        Integer prev = named.putIfAbsent(c.country, i);
        if (prev != null && find(prev) != find(i)) {
          unique.put(c.country, false);
        }
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Candidate c = items.get(i);
      Integer j = c.generic && c.forceKind == ForceKind.STATE
          && Branches.GENERAL.equals(c.branch) ? named.get(c.country) : null;
      if (j != null && unique.getOrDefault(c.country, true)) {
        union(i, j);
      }
    }
  }

  /**
   * "General Staff" joins "General Staff of the Armed Forces of Ukraine", and "Ministry of
   * Defence" joins "Ministry of Defence of Ukraine", when one longer name begins so.
   */
  private void shortNames() {
    Map<String, Integer> longer = new HashMap<>();
    Map<String, Boolean> unique = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Candidate c = items.get(i);
      List<String> words = NameKeys.words(c.name);
      if (!c.lexicon.isEmpty() || c.type == Candidate.Type.PERSON
          || c.type == Candidate.Type.PLACE) {
        continue;
      }
      for (int of = 1; of < words.size(); of++) {
        if (!words.get(of).equals("of")) {
          continue;
        }
        String prefix = c.type + ":" + String.join(" ", words.subList(0, of));
        Integer prev = longer.putIfAbsent(prefix, i);
        if (prev != null && find(prev) != find(i)) {
          unique.put(prefix, false);
        }
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Candidate c = items.get(i);
      Integer j = c.lexicon.isEmpty() && c.qualifiedName == null && !c.generic
          ? longer.get(c.type + ":" + NameKeys.key(c.name)) : null;
      if (j != null && unique.getOrDefault(c.type + ":" + NameKeys.key(c.name), true)
          && (c.country == null || c.country.equals(items.get(j).country))) {
        union(i, j);
      }
    }
  }

  private static boolean isTopLevel(Candidate c) {
    return c.partOfEntry == null
        && (c.lexicon.isEmpty() || c.lexicon.get(0).entry().getParent().isEmpty());
  }

  /** "Assad" joins "Bashar al-Assad" when exactly one person has that surname. */
  private void surnames() {
    Map<String, Integer> full = new HashMap<>();
    Map<String, Boolean> unique = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Candidate c = items.get(i);
      if (c.type == Candidate.Type.PERSON && NameKeys.words(c.name).size() > 1) {
        String s = NameKeys.surname(c.name);
        Integer prev = full.putIfAbsent(s, i);
        if (prev != null && find(prev) != find(i)) {
          unique.put(s, false);
        }
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Candidate c = items.get(i);
      if (c.type == Candidate.Type.PERSON && NameKeys.words(c.name).size() == 1) {
        String s = NameKeys.surname(c.name);
        Integer j = full.get(s);
        if (j != null && unique.getOrDefault(s, true)) {
          union(i, j);
        }
      }
    }
  }

  private List<List<Candidate>> groups() {
    Map<Integer, List<Candidate>> out = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      out.computeIfAbsent(find(i), k -> new ArrayList<>()).add(items.get(i));
    }
    return new ArrayList<>(out.values());
  }
}

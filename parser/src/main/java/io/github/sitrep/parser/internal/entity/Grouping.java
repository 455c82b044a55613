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

  private Grouping(List<Candidate> items) {
    this.items = items;
    this.parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  static List<List<Candidate>> group(List<Candidate> items) {
    Grouping g = new Grouping(items);
    g.byKeys();
    g.byLinks();
    g.genericForces();
    g.surnames();
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
    if (!c.lexicon.isEmpty()) {
      keys.add("lex:" + c.lexicon.get(0).entry().getId());
    } else if (c.generic) {
      keys.add("generic:" + c.country + ":" + c.forceKind);
    } else {
      String kind = c.type == Candidate.Type.PLACE ? String.valueOf(c.placeKind) : "";
      keys.add("name:" + c.type + ":" + kind + ":" + NameKeys.key(c.name));
    }
    return keys;
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
          && c.country != null) {
        Integer prev = named.putIfAbsent(c.country, i);
        if (prev != null && find(prev) != find(i)) {
          unique.put(c.country, false);
        }
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Candidate c = items.get(i);
      Integer j = c.generic && c.forceKind == ForceKind.STATE ? named.get(c.country) : null;
      if (j != null && unique.getOrDefault(c.country, true)) {
        union(i, j);
      }
    }
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

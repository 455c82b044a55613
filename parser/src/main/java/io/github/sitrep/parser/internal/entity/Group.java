package io.github.sitrep.parser.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mentions of one entity, and what they say about it together. */
final class Group {

  final List<Candidate> members;
  final Candidate lead;
  final Candidate.Type type;
  String name;
  String id;
  /** The aliases the entity keeps, once settled against the other entities' names. */
  List<String> aliases = List.of();

  Group(List<Candidate> members, Scan scan) {
    this.members = List.copyOf(members);
    this.lead = members.stream().min(LEAD).orElseThrow();
    this.type = lead.type;
    this.name = GroupNames.choose(this, scan);
  }

  /** Lexicon-backed first, then named over generic, then more words, then earlier. */
  private static final Comparator<Candidate> LEAD = Comparator
      .comparing((Candidate c) -> c.lexicon.isEmpty())
      .thenComparing(c -> c.generic)
      .thenComparing(Comparator.comparingInt((Candidate c) -> NameKeys.words(c.name).size())
          .reversed())
      .thenComparingInt(c -> c.start);

  /** @return the lexicon entry id the group stands for, or null */
  String entryId() {
    for (Candidate c : members) {
      if (!c.lexicon.isEmpty()) {
        return c.lexicon.get(0).entry().getId();
      }
    }
    return null;
  }

  /** @return the place kind of the member whose rule is surest, lexicon first */
  io.github.sitrep.model.PlaceKind placeKind() {
    Candidate best = null;
    for (Candidate c : members) {
      if (c.placeKind != null && (best == null || rank(c) > rank(best))) {
        best = c;
      }
    }
    return best == null ? null : best.placeKind;
  }

  private static int rank(Candidate c) {
    return (c.lexicon.isEmpty() ? 0 : 1000) + c.tier;
  }

  /** @return the first non-null value of a member field, lead first */
  <T> T first(java.util.function.Function<Candidate, T> field) {
    T v = field.apply(lead);
    if (v != null) {
      return v;
    }
    for (Candidate c : members) {
      v = field.apply(c);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** @return the names of all members except the group's name, without repeats */
  List<String> aliases(Scan scan) {
    Set<String> out = new LinkedHashSet<>();
    for (Candidate c : members) {
      String shown = GroupNames.display(c, scan);
      out.add(shown);
      out.addAll(c.innerNames);
      if (!c.lexicon.isEmpty()) {
        String canonical = c.lexicon.get(0).entry().getName();
        if (NameKeys.key(shown).startsWith(NameKeys.key(canonical) + " ")) {
          out.add(canonical);
        }
      }
      if (c.qualifiedName != null && name.equals(c.qualifiedName)) {
        out.add(c.name);
      }
    }
    out.remove(name);
    out.removeIf(String::isBlank);
    return new ArrayList<>(out);
  }

  /** @return whether the group took its qualified name to stay apart from another */
  boolean qualified() {
    for (Candidate c : members) {
      if (c.qualifiedName != null && name.equals(c.qualifiedName)) {
        return true;
      }
    }
    return false;
  }

  boolean contains(Candidate c) {
    for (Candidate m : members) {
      if (m == c) {
        return true;
      }
    }
    return false;
  }
}

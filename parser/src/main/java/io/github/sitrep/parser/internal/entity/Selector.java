package io.github.sitrep.parser.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping candidates: longer first, then the higher tier, then the earlier.
 * A chosen candidate owns its tokens; a container ("al-Bukamal and al-Qaim crossing") lets
 * other candidates lie wholly inside it.
 */
final class Selector {

  private static final Comparator<Candidate> ORDER = Comparator
      .comparingInt(Candidate::length).reversed()
      .thenComparing(Comparator.comparingInt((Candidate c) -> c.tier).reversed())
      .thenComparingInt(c -> c.start);

  private Selector() {}

  static List<Candidate> select(List<Candidate> candidates, int tokenCount) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(ORDER);
    Candidate[] owner = new Candidate[tokenCount];
    Candidate[] container = new Candidate[tokenCount];
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      if (fits(c, owner, container)) {
        take(c, owner, container);
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> c.stop));
    return chosen;
  }

  private static boolean fits(Candidate c, Candidate[] owner, Candidate[] container) {
    Candidate around = container[c.first];
    for (int i = c.first; i < c.end; i++) {
      if (owner[i] != null || container[i] != around) {
        return false;
      }
    }
    return around == null || !c.container
        && (c.type != Candidate.Type.PLACE || c.placeKind != around.placeKind);
  }

  private static void take(Candidate c, Candidate[] owner, Candidate[] container) {
    for (int i = c.first; i < c.end; i++) {
      if (c.container) {
        container[i] = c;
      } else {
        owner[i] = c;
      }
    }
  }
}

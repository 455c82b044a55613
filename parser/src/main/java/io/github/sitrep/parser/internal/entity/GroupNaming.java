package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.PlaceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps entity names apart: when two places take the same bare name ("Deir ez-Zor" the city
 * and the province), the one that is not a city takes its qualified name
 * ("Deir ez-Zor province").
 */
final class GroupNaming {

  private GroupNaming() {}

  static void settle(List<Group> groups) {
    Map<String, Group> seen = new HashMap<>();
    for (Group g : groups) {
      String key = g.type + ":" + NameKeys.key(g.name);
      Group other = seen.putIfAbsent(key, g);
      if (other != null) {
        boolean both = g.type != Candidate.Type.PLACE && g.first(c -> c.qualifiedName) != null
            && other.first(c -> c.qualifiedName) != null;
        Group renamed = isCity(g) && !isCity(other) || g.first(c -> c.qualifiedName) == null
            ? other : g;
        String q = renamed.first(c -> c.qualifiedName);
        if (q != null) {
          renamed.name = q;
          seen.put(key, renamed == g ? other : g);
        }
        if (both) {
          other.name = other.first(c -> c.qualifiedName);
        }
      }
    }
  }

  private static boolean isCity(Group g) {
    PlaceKind k = g.placeKind();
    return k == PlaceKind.CITY || k == PlaceKind.VILLAGE;
  }
}

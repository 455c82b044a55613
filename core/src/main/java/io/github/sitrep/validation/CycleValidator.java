package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.EntityKind;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Place;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks that part-of chains of forces and parent chains of places end: following them
 * never comes back to where it started. Reports each loop once, as
 * {@link IssueCodes#CYCLE_PART_OF} or {@link IssueCodes#CYCLE_PARENT}, at the first member
 * met. Runs in time linear in the number of entities: every entity is visited once.
 * References that do not resolve end a chain (they are {@link ReferenceValidator}'s
 * concern). Stateless and thread-safe.
 */
public final class CycleValidator implements ArticleValidator {

  private static final int SHOWN = 10;

  @Override
  public void validate(Article article, IssueReporter reporter) {
    new Chains<Force>("forces", "partOf", EntityKind.FORCE, Force::getPartOf)
        .check(article.getForces(), IssueCodes.CYCLE_PART_OF, reporter);
    new Chains<Place>("places", "parent", EntityKind.PLACE, Place::getParent)
        .check(article.getPlaces(), IssueCodes.CYCLE_PARENT, reporter);
  }

  /** One kind of chain: a list of entities and the link from each to the next. */
  private record Chains<T extends Entity>(String list, String field, EntityKind kind,
      Function<T, Optional<EntityRef>> link) {

    void check(List<T> items, String code, IssueReporter reporter) {
      int[] next = links(items);
      int[] walk = new int[items.size()];
      for (int start = 0; start < items.size(); start++) {
        int i = start;
        while (i >= 0 && walk[i] == 0) {
          walk[i] = start + 1;
          i = next[i];
        }
        if (i >= 0 && walk[i] == start + 1) {
          reporter.error(code, "the " + field + " chain loops: " + loop(items, next, i),
              Walk.item(list, i) + "." + field);
        }
      }
    }

    private int[] links(List<T> items) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        index.putIfAbsent(items.get(i).getId(), i);
      }
      int[] next = new int[items.size()];
      for (int i = 0; i < items.size(); i++) {
        next[i] = link.apply(items.get(i)).filter(r -> r.getKind() == kind)
            .map(r -> index.getOrDefault(r.getId(), -1)).orElse(-1);
      }
      return next;
    }

    private static String loop(List<? extends Entity> items, int[] next, int first) {
      StringBuilder out = new StringBuilder(items.get(first).getId());
      int i = next[first];
      for (int shown = 1; shown < SHOWN && i != first; shown++) {
        out.append(" -> ").append(items.get(i).getId());
        i = next[i];
      }
      return out.append(i == first ? " -> " + items.get(first).getId() : " -> ...").toString();
    }
  }
}

package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import java.util.ArrayList;
import java.util.List;

/** Lists the parts of an article with their paths. */
final class Walk {

  private Walk() {}

  /** A value and the path it stands at. */
  record Located<T>(String path, T value) {}

  static String item(String list, int index) {
    return list + "[" + index + "]";
  }

  static List<Located<Entity>> entities(Article article) {
    List<Located<Entity>> all = new ArrayList<>();
    addAll(all, "actors", article.getActors());
    addAll(all, "forces", article.getForces());
    addAll(all, "places", article.getPlaces());
    return all;
  }

  static <T> List<Located<T>> located(String list, List<? extends T> values) {
    List<Located<T>> all = new ArrayList<>(values.size());
    addAll(all, list, values);
    return all;
  }

  private static <T> void addAll(List<Located<T>> into, String list, List<? extends T> values) {
    for (int i = 0; i < values.size(); i++) {
      into.add(new Located<>(item(list, i), values.get(i)));
    }
  }
}

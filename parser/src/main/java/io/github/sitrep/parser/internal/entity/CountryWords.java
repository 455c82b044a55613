package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.parser.lexicon.LexiconEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a force's names say whose it is: "Iraqi Security Forces" and "Armed Forces of the
 * Democratic Republic of the Congo" name their country; the "Peshmerga" do not, so "the
 * Iraqi army" is not them.
 */
final class CountryWords {

  private CountryWords() {}

  static boolean named(LexiconIndex index, Candidate force) {
    LexiconEntry country = index.country(force.country).orElse(null);
    if (country == null) {
      return false;
    }
    Set<String> words = new HashSet<>();
    country.surfaces().forEach(s -> words.add(NameKeys.key(s)));
    country.attributeValues("demonyms").forEach(s -> words.add(NameKeys.key(s)));
    for (String name : names(force)) {
      String key = " " + NameKeys.key(name) + " ";
      for (String w : words) {
        if (!w.isEmpty() && key.contains(" " + w + " ")) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> names(Candidate force) {
    if (force.lexicon.isEmpty()) {
      return List.of(force.name);
    }
    List<String> all = new java.util.ArrayList<>(force.lexicon.get(0).entry().surfaces());
    all.add(force.name);
    return all;
  }
}

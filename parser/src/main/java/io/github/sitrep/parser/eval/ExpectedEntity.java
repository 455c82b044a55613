package io.github.sitrep.parser.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, force, organisation or place as an annotator reads it: the fullest name in the
 * text, every other form the text uses, and what the annotator knows of its type. Fields a
 * kind of entity does not use are empty.
 *
 * @param name the fullest name in the text: "Haider al-Abadi"
 * @param aliases every other form the text uses: "Abadi", "al-Abadi"
 * @param title for persons, titles and posts, several separated by {@code ;}: "Lt. Gen.; commander of ..."
 * @param affiliation for persons, the force, organisation or country they belong to
 * @param kind for forces: state, non-state, coalition, terrorist, militia, government, other;
 *     for places: city, province, region, country, river, valley, crossing, base, ...
 * @param country for places, the country name, when it lies in one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExpectedEntity(String name, List<String> aliases, String title, String affiliation,
    String kind, String country) {

  /** Checks the name and replaces absent lists by empty ones. */
  public ExpectedEntity {
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /**
   * @param name the fullest name
   * @param aliases the other forms
   * @return an entity with no type information
   */
  public static ExpectedEntity named(String name, String... aliases) {
    return new ExpectedEntity(name, List.of(aliases), null, null, null, null);
  }

  /** @return the name followed by the aliases */
  public List<String> names() {
    return Names.concat(name, aliases);
  }

  /** @return the title, if given and not blank */
  public Optional<String> titleText() {
    return Names.present(title);
  }

  /** @return the kind, if given and not blank */
  public Optional<String> kindText() {
    return Names.present(kind);
  }
}

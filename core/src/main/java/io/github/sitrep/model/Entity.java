package io.github.sitrep.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * What {@link Actor}, {@link Force} and {@link Place} share: an id, a name, the other names
 * the text uses, and the mentions they were read from.
 */
public interface Entity {

  /** @return the id, unique among the article's entities */
  @NotNull
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** @return the fullest name the text gives */
  @NotBlank
  String getName();

  /** @return every other name the text (or a lexicon) uses for the same thing */
  List<@NotBlank String> getAliases();

  /** @return every place in the text where the entity is named, in text order */
  List<@NotNull @Valid Mention> getMentions();

  /** @return which kind of entity this is; not part of the JSON */
  EntityKind entityKind();

  /** @return a reference to this entity */
  default EntityRef ref() {
    return EntityRef.of(entityKind(), getId());
  }
}

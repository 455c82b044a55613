package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A typed reference to an entity of the same article: its kind and its id.
 *
 * <pre>{@code
 * EntityRef sdf = EntityRef.force("sdf");
 * Optional<Force> force = article.findForce(sdf.getId());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntityRef.class)
@JsonDeserialize(as = ImmutableEntityRef.class)
public interface EntityRef {

  /** @return the kind of entity referred to */
  @Value.Parameter
  @NotNull
  EntityKind getKind();

  /** @return the id of the entity referred to */
  @Value.Parameter
  @NotNull
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /**
   * @param kind the kind
   * @param id the id
   * @return a reference
   */
  static EntityRef of(EntityKind kind, String id) {
    return ImmutableEntityRef.of(kind, id);
  }

  /**
   * @param id an actor id
   * @return a reference to that actor
   */
  static EntityRef actor(String id) {
    return of(EntityKind.ACTOR, id);
  }

  /**
   * @param id a force id
   * @return a reference to that force
   */
  static EntityRef force(String id) {
    return of(EntityKind.FORCE, id);
  }

  /**
   * @param id a place id
   * @return a reference to that place
   */
  static EntityRef place(String id) {
    return of(EntityKind.PLACE, id);
  }
}

package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/** An entity taking part in an {@link Event}, with its role. */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public interface Participant {

  /** @return a new builder */
  static ImmutableParticipant.Builder builder() {
    return ImmutableParticipant.builder();
  }

  /**
   * @param entity the participant
   * @param role its role
   * @return a participant without a mention of its own
   */
  static Participant of(EntityRef entity, ParticipantRole role) {
    return builder().entity(entity).role(role).build();
  }

  /** @return the actor, force or place taking part */
  @NotNull
  @Valid
  EntityRef getEntity();

  /** @return its role */
  @NotNull
  ParticipantRole getRole();

  /** @return the words naming it in the event's sentence */
  Optional<@Valid Mention> getMention();
}

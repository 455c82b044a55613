package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who did what, to whom, where and when: an event of the project's {@link EventType
 * ontology}, its status, the words that triggered it, its participants with their roles,
 * its place and date, casualty counts, and the statement it was reported in.
 *
 * <pre>{@code
 * Event met = Event.builder()
 *     .id("e9")
 *     .type(EventType.MEET)
 *     .status(EventStatus.HAPPENED)
 *     .trigger(Mention.in(text, 2940, 2943))
 *     .addParticipant(Participant.of(EntityRef.actor("vladimir-putin"), ParticipantRole.AGENT))
 *     .addParticipant(Participant.of(EntityRef.actor("bashar-al-assad"), ParticipantRole.OTHER))
 *     .place(EntityRef.place("syria"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
public interface Event {

  /** @return a new builder */
  static ImmutableEvent.Builder builder() {
    return ImmutableEvent.builder();
  }

  /** @return the id, unique among the article's events */
  @NotNull
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** @return the event type; its crosswalk gives PLOVER, CAMEO and ACLED */
  @NotNull
  EventType getType();

  /** @return happened, intended, negated or claimed */
  @NotNull
  EventStatus getStatus();

  /** @return the word or phrase that signals the event: "agreed", "withdrawal" */
  @NotNull
  @Valid
  Mention getTrigger();

  /** @return the entities taking part, with their roles */
  List<@NotNull @Valid Participant> getParticipants();

  /** @return where it happened */
  Optional<@Valid EntityRef> getPlace();

  /** @return when it happened */
  Optional<@Valid TimeExpression> getDate();

  /** @return people killed, when the text gives a number */
  Optional<@Valid CasualtyCount> getFatalities();

  /** @return people injured, when the text gives a number */
  Optional<@Valid CasualtyCount> getInjuries();

  /** @return the id of the statement the event was reported in, for claimed events */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getStatement();

  /** @return the sentence the event was read from */
  Optional<@Valid Span> getSentence();
}

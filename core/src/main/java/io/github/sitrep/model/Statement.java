package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who said what: a speaker (or an explicitly unknown one), the content, whether it is quoted
 * or reported, the reporting cue ("said", "told", "announced"), the addressee or channel
 * ("told Rudaw English") and the date.
 *
 * <pre>{@code
 * Statement s = Statement.builder()
 *     .id("s7")
 *     .speaker(EntityRef.actor("paul-e-funk-ii"))
 *     .content(Mention.in(text, 1405, 1545))
 *     .mode(StatementMode.DIRECT)
 *     .cue(Mention.in(text, 1548, 1552))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
public interface Statement {

  /** @return a new builder */
  static ImmutableStatement.Builder builder() {
    return ImmutableStatement.builder();
  }

  /** @return the id, unique among the article's statements */
  @NotNull
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** @return the actor or force that spoke; empty when {@link #isSpeakerUnknown()} */
  Optional<@Valid EntityRef> getSpeaker();

  /** @return true when the text does not say who spoke, or the parser could not tell */
  @Value.Default
  default boolean isSpeakerUnknown() {
    return false;
  }

  /** @return the words naming the speaker at this statement ("the coalition", "he") */
  Optional<@Valid Mention> getSpeakerMention();

  /** @return what was said: the quoted words, or the reported clause */
  @NotNull
  @Valid
  Mention getContent();

  /** @return quoted, reported, or reported with quoted fragments */
  @NotNull
  StatementMode getMode();

  /** @return the reporting verb or phrase as written: "said", "told", "according to" */
  Optional<@Valid Mention> getCue();

  /** @return who the words were addressed to, or the channel they went through */
  Optional<@Valid EntityRef> getAddressee();

  /** @return the words naming the addressee or channel: "Rudaw English" */
  Optional<@Valid Mention> getAddresseeMention();

  /** @return when it was said, when the text gives it */
  Optional<@Valid TimeExpression> getDate();

  /** Rejects a statement with both a speaker and the unknown-speaker mark. */
  @Value.Check
  default void check() {
    if (isSpeakerUnknown() && getSpeaker().isPresent()) {
      throw new IllegalStateException("statement " + getId() + " has a speaker and is marked speaker-unknown");
    }
  }
}

package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dateline that opens a news story: "ERBIL, Kurdistan Region —",
 * "BAMAKO (Reuters) –", "WASHINGTON, Jan. 13, 2017 —".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateline.class)
@JsonDeserialize(as = ImmutableDateline.class)
public interface Dateline {

  /** @return a new builder */
  static ImmutableDateline.Builder builder() {
    return ImmutableDateline.builder();
  }

  /** @return the dateline as written, up to and including its closing dash */
  @NotNull
  @Valid
  Mention getRaw();

  /** @return the place the story was filed from */
  Optional<@Valid EntityRef> getPlace();

  /** @return the date in the dateline, if it has one */
  Optional<@Valid TimeExpression> getDate();

  /** @return the news agency named in the dateline: "Reuters", "AP" */
  Optional<@Pattern(regexp = Patterns.NOT_BLANK, message = Patterns.NOT_BLANK_MESSAGE) String> getAgency();
}

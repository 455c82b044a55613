package io.github.sitrep.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/** A number of people killed or injured, as the text gives it. */
@Value.Immutable
@JsonSerialize(as = ImmutableCasualtyCount.class)
@JsonDeserialize(as = ImmutableCasualtyCount.class)
public interface CasualtyCount {

  /** @return a new builder */
  static ImmutableCasualtyCount.Builder builder() {
    return ImmutableCasualtyCount.builder();
  }

  /** @return the number */
  @PositiveOrZero
  int getCount();

  /** @return exact, a lower or upper bound, or an estimate */
  @NotNull
  CountQualifier getQualifier();

  /** @return the words the number was read from: "more than 100 others" */
  Optional<@Valid Mention> getMention();
}

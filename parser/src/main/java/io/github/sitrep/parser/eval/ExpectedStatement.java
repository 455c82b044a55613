package io.github.sitrep.parser.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement as an annotator reads it: who spoke, the first words of what was said, and how
 * it is reported.
 *
 * @param speaker the name of a person, force or organisation of the same expected article, or
 *     {@code null} when the text does not say who spoke
 * @param quoteStart the first words of the content, exactly as in the text
 * @param mode direct, indirect or mixed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExpectedStatement(String speaker, @JsonProperty("quote_start") String quoteStart,
    String mode) {

  /** Checks that the content is given. */
  public ExpectedStatement {
    Objects.requireNonNull(quoteStart, "quote_start");
  }

  /** @return the speaker's name, empty when the speaker is unknown */
  public Optional<String> speakerName() {
    return Names.present(speaker);
  }

  /** @return the mode, if given */
  public Optional<String> modeText() {
    return Names.present(mode);
  }
}

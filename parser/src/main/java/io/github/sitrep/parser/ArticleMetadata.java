package io.github.sitrep.parser;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the caller knows of an article besides its text: an id, the publication date (which
 * relative dates such as "on Sunday" are resolved against) and the outlet.
 *
 * <pre>{@code
 * ArticleMetadata meta = ArticleMetadata.builder()
 *     .id("rudaw-2017-12-11")
 *     .published(LocalDate.of(2017, 12, 11))
 *     .source("Rudaw English")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface ArticleMetadata {

  /** @return a new builder */
  static ImmutableArticleMetadata.Builder builder() {
    return ImmutableArticleMetadata.builder();
  }

  /** @return metadata that says nothing */
  static ArticleMetadata none() {
    return builder().build();
  }

  /** @return the article id to use; when empty the parser makes one from the text */
  Optional<String> getId();

  /** @return the publication date; when empty the parser looks for one in the text */
  Optional<LocalDate> getPublished();

  /** @return the outlet or source name */
  Optional<String> getSource();
}

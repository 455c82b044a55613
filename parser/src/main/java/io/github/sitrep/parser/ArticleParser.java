package io.github.sitrep.parser;

import io.github.sitrep.model.Article;
import io.github.sitrep.parser.internal.Pipeline;
import io.github.sitrep.parser.internal.entity.LexiconIndex;
import io.github.sitrep.parser.lexicon.Lexicon;
import io.github.sitrep.validation.Issue;
import io.github.sitrep.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads English conflict and security news articles into the sitrep model.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder().build();
 * ParseResult result = parser.parse(text, ArticleMetadata.builder()
 *     .published(LocalDate.of(2017, 12, 11)).build());
 * Article article = result.getArticle();
 * }</pre>
 *
 * <p>A built parser is immutable and thread-safe: build it once (building loads the
 * lexicons) and share it between threads. All per-call state is made inside
 * {@link #parse(String, ArticleMetadata)}.
 *
 * <p>Parsing never throws for bad text: empty, binary, huge or oddly encoded input gives a
 * result with problems and as much of an article as could be read. Text longer than
 * {@link Builder#maxInputChars(int)} is refused with an {@code input.too-large} error and an
 * empty article.
 */
public final class ArticleParser {

  /** The default largest input, in characters: 1 MiB. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 1 << 20;

  private final int maxInputChars;
  private final Pipeline pipeline;

  private ArticleParser(Builder builder) {
    this.maxInputChars = builder.maxInputChars;
    this.pipeline = new Pipeline(LexiconIndex.of(builder.lexicon()));
  }

  /** @return a builder with the bundled lexicons and default limits */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses an article whose metadata is unknown.
   *
   * @param text the article text: headline on the first line, then the body
   * @return the result
   */
  public ParseResult parse(String text) {
    return parse(text, ArticleMetadata.none());
  }

  /**
   * Parses an article.
   *
   * @param text the article text: headline on the first line, then the body
   * @param metadata what the caller knows of the article
   * @return the result, never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   */
  public ParseResult parse(String text, ArticleMetadata metadata) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    if (text.length() > maxInputChars) {
      return refused(text, metadata);
    }
    return pipeline.run(text, metadata);
  }

  private ParseResult refused(String text, ArticleMetadata metadata) {
    Article empty = Article.builder()
        .id(Pipeline.articleId(text, metadata))
        .text("")
        .published(metadata.getPublished())
        .source(metadata.getSource())
        .build();
    Issue issue = Issue.of("input.too-large", Severity.ERROR,
        "input has " + text.length() + " characters, more than the limit of " + maxInputChars
            + "; raise it with ArticleParser.builder().maxInputChars(..)", "");
    return ParseResult.builder().article(empty).addProblem(issue).build();
  }

  /** @return the largest input this parser accepts, in characters */
  public int maxInputChars() {
    return maxInputChars;
  }

  /** Configures an {@link ArticleParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private boolean bundledLexicons = true;
    private final List<Lexicon> lexicons = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a lexicon whose entries add to, or replace by id, the bundled ones and those
     * added before it.
     *
     * <pre>{@code
     * ArticleParser parser = ArticleParser.builder()
     *     .addLexicon(Lexicon.read(Path.of("my-groups.tsv")))
     *     .build();
     * }</pre>
     *
     * @param lexicon a lexicon
     * @return this builder
     */
    public Builder addLexicon(Lexicon lexicon) {
      lexicons.add(Objects.requireNonNull(lexicon, "lexicon"));
      return this;
    }

    /**
     * Leaves the bundled lexicons out: only lexicons given with {@link #addLexicon(Lexicon)}
     * are used.
     *
     * @return this builder
     */
    public Builder withoutBundledLexicons() {
      this.bundledLexicons = false;
      return this;
    }

    private Lexicon lexicon() {
      Lexicon combined = bundledLexicons ? Lexicon.bundled() : Lexicon.empty();
      for (Lexicon l : lexicons) {
        combined = combined.withOverrides(l);
      }
      return combined;
    }

    /**
     * Sets the largest input accepted; longer text is refused with a problem.
     *
     * @param chars a positive number of characters
     * @return this builder
     * @throws IllegalArgumentException if {@code chars} is not positive
     */
    public Builder maxInputChars(int chars) {
      if (chars <= 0) {
        throw new IllegalArgumentException("maxInputChars must be positive: " + chars);
      }
      this.maxInputChars = chars;
      return this;
    }

    /**
     * Builds the parser, reading and compiling its lexicons.
     *
     * @return a new immutable, thread-safe parser
     * @throws io.github.sitrep.parser.lexicon.LexiconFormatException if a bundled lexicon
     *     file is malformed
     */
    public ArticleParser build() {
      return new ArticleParser(this);
    }
  }

}

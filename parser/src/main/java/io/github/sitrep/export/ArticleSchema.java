package io.github.sitrep.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the article JSON that {@link io.github.sitrep.json.SitrepJson}
 * writes, generated from the model and shipped in this jar; docs/article.schema.json holds
 * the same file.
 *
 * <pre>{@code
 * Files.writeString(Path.of("article.schema.json"), ArticleSchema.json());
 * }</pre>
 */
public final class ArticleSchema {

  /** The name of the schema resource, next to this class. */
  public static final String RESOURCE = "article.schema.json";

  private ArticleSchema() {}

  /**
   * @return the schema as JSON text
   * @throws UncheckedIOException if the resource cannot be read (a damaged jar)
   */
  public static String json() {
    try (InputStream in = ArticleSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the article JSON schema", e);
    }
  }
}

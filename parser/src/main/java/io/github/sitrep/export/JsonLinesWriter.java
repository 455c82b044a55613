package io.github.sitrep.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes articles as JSON Lines: one article JSON object per line, each line flushed as soon
 * as it is written.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = new JsonLinesWriter(Files.newBufferedWriter(path))) {
 *   for (String text : texts) {
 *     out.write(parser.parse(text).getArticle());
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class JsonLinesWriter implements Closeable {

  private static final ObjectWriter JSON = SitrepJson.newMapper().writer();

  private final Writer out;

  /** @param out where the lines go; closed by {@link #close()} */
  public JsonLinesWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one article on one line and flushes it.
   *
   * @param article the article
   * @throws IOException if writing fails
   */
  public void write(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    out.write(JSON.writeValueAsString(article));
    out.write('\n');
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

package io.github.sitrep.cli;

import io.github.sitrep.model.Article;
import java.io.Closeable;
import java.io.IOException;

/** Where parsed articles go, in one output format. Each article is flushed when written. */
interface ArticleSink extends Closeable {

  /**
   * @param article the article to write
   * @throws IOException if the output fails
   */
  void write(Article article) throws IOException;
}

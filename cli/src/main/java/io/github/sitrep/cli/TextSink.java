package io.github.sitrep.cli;

import io.github.sitrep.model.Article;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;

/** Writes each article as a block of text, with a separator between blocks. */
final class TextSink implements ArticleSink {

  private final Writer out;
  private final Function<Article, String> render;
  private final String separator;
  private boolean first = true;

  TextSink(Writer out, Function<Article, String> render, String separator) {
    this.out = out;
    this.render = render;
    this.separator = separator;
  }

  @Override
  public void write(Article article) throws IOException {
    String text = render.apply(article);
    if (!first) {
      out.write(separator);
    }
    first = false;
    out.write(text);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

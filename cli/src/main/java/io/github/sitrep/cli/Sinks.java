package io.github.sitrep.cli;

import io.github.sitrep.export.ArticleSummary;
import io.github.sitrep.export.JsonLinesWriter;
import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import java.io.IOException;
import java.io.Writer;

/** Makes the {@link ArticleSink} of each {@link OutputFormat}. */
final class Sinks {

  private Sinks() {}

  /**
   * @param format the format
   * @param out where it goes; closed with the sink
   * @return the sink
   */
  static ArticleSink open(OutputFormat format, Writer out) {
    switch (format) {
      case JSONL:
        return jsonLines(out);
      case SUMMARY:
        return new TextSink(out, ArticleSummary::of, "\n");
      default:
        return new TextSink(out, a -> SitrepJson.write(a) + "\n", "");
    }
  }

  private static ArticleSink jsonLines(Writer out) {
    JsonLinesWriter lines = new JsonLinesWriter(out);
    return new ArticleSink() {
      @Override
      public void write(Article article) throws IOException {
        lines.write(article);
      }

      @Override
      public void close() throws IOException {
        lines.close();
      }
    };
  }
}

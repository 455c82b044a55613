package io.github.sitrep.cli;

import io.github.sitrep.export.AcledCsvWriter;
import io.github.sitrep.export.ArticleSummary;
import io.github.sitrep.export.JsonLinesWriter;
import io.github.sitrep.export.PloverJsonWriter;
import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/** Makes the {@link ArticleSink} of each {@link OutputFormat}. */
final class Sinks {

  private Sinks() {}

  /**
   * @param format the format
   * @param out where it goes; closed with the sink
   * @return the sink
   * @throws IOException if the format's opening (a CSV header) cannot be written
   */
  static ArticleSink open(OutputFormat format, Writer out) throws IOException {
    switch (format) {
      case JSONL:
        JsonLinesWriter lines = new JsonLinesWriter(out);
        return sink(lines::write, lines);
      case ACLED_CSV:
        AcledCsvWriter csv = new AcledCsvWriter(out);
        return sink(csv::write, csv);
      case PLOVER_JSON:
        PloverJsonWriter plover = new PloverJsonWriter(out);
        return sink(plover::write, plover);
      case SUMMARY:
        return new TextSink(out, ArticleSummary::of, "\n");
      default:
        return new TextSink(out, a -> SitrepJson.write(a) + "\n", "");
    }
  }

  /** Writes one article. */
  private interface Write {
    void write(Article article) throws IOException;
  }

  private static ArticleSink sink(Write write, Closeable closer) {
    return new ArticleSink() {
      @Override
      public void write(Article article) throws IOException {
        write.write(article);
      }

      @Override
      public void close() throws IOException {
        closer.close();
      }
    };
  }
}

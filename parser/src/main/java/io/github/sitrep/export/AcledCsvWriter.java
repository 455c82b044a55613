package io.github.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.EventStatus;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the events of articles as ACLED-shaped CSV: a header row, then one row per event
 * that ACLED would record. The columns are {@link #COLUMNS}.
 *
 * <pre>{@code
 * try (AcledCsvWriter csv = new AcledCsvWriter(Files.newBufferedWriter(Path.of("events.csv")))) {
 *   csv.write(parser.parse(text, metadata).getArticle());
 * }
 * }</pre>
 *
 * <p>An event becomes a row when its type has an ACLED mapping ({@link
 * io.github.sitrep.model.EventType#acledEventType()}) and its status is {@link
 * EventStatus#HAPPENED} or {@link EventStatus#CLAIMED}: intended and negated events are left
 * out. Unknown values are empty cells. {@code event_date} is the first day the event's date
 * may mean and {@code time_precision} says how wide that date is (1 day, 2 week, 3 month or
 * more); {@code notes} holds the sentence the event was read from, marked "[claimed]" for a
 * claimed event, and the article and event ids. docs/events.md gives the whole mapping.
 *
 * <p>Not thread-safe.
 */
public final class AcledCsvWriter implements Closeable {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("event_date", "time_precision", "event_type",
      "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "inter2", "interaction",
      "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
      "fatalities");

  private final SequenceWriter rows;

  /**
   * Writes the header row.
   *
   * @param out where the CSV goes; closed by {@link #close()}
   * @throws IOException if writing fails
   */
  public AcledCsvWriter(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    CsvSchema.Builder schema = CsvSchema.builder();
    COLUMNS.forEach(schema::addColumn);
    CsvMapper mapper = new CsvMapper();
    mapper.enable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    rows = mapper.writer(schema.build()).writeValues(out);
    rows.write(header());
    rows.flush();
  }

  private static Map<String, String> header() {
    Map<String, String> header = new java.util.LinkedHashMap<>();
    COLUMNS.forEach(c -> header.put(c, c));
    return header;
  }

  /**
   * Writes the rows of an article's events and flushes them.
   *
   * @param article the article
   * @return the number of rows written
   * @throws IOException if writing fails
   */
  public int write(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    List<Map<String, Object>> found = AcledRows.of(article);
    for (Map<String, Object> row : found) {
      rows.write(row);
    }
    rows.flush();
    return found.size();
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}

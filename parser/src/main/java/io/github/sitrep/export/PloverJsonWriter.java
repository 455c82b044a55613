package io.github.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.EventStatus;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the events of articles as a JSON array of PLOVER-shaped event records: {@code id},
 * {@code date}, {@code event_type} (the PLOVER category), {@code mode} and {@code context}
 * (empty: sitrep does not code them), {@code actor} and {@code recipient} (lists of
 * {@code {"name", "kind", "country"}}), {@code location}, {@code dead}, {@code text} (the
 * sentence the event was read from) and {@code source}; plus sitrep's own {@code status},
 * {@code sitrep_type}, {@code cameo}, {@code trigger} and {@code article_id}.
 *
 * <pre>{@code
 * try (PloverJsonWriter json = new PloverJsonWriter(Files.newBufferedWriter(Path.of("events.json")))) {
 *   json.write(article);
 * }
 * }</pre>
 *
 * <p>An event becomes a record when its type has a PLOVER mapping ({@link
 * io.github.sitrep.model.EventType#plover()}) and it is not {@link EventStatus#NEGATED}.
 * Records are flushed after each article; the array is closed by {@link #close()}.
 *
 * <p>Not thread-safe.
 */
public final class PloverJsonWriter implements Closeable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonGenerator json;

  /**
   * Opens the array.
   *
   * @param out where the JSON goes; closed by {@link #close()}
   * @throws IOException if writing fails
   */
  public PloverJsonWriter(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
    json.writeStartArray();
    json.flush();
  }

  /**
   * Writes the records of an article's events and flushes them.
   *
   * @param article the article
   * @return the number of records written
   * @throws IOException if writing fails
   */
  public int write(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    List<ObjectNode> records = records(article);
    for (ObjectNode record : records) {
      MAPPER.writeTree(json, record);
    }
    json.flush();
    return records.size();
  }

  /**
   * @param article an article
   * @return the PLOVER-shaped records of its events, as JSON trees
   */
  static List<ObjectNode> records(Article article) {
    return article.getEvents().stream()
        .filter(e -> e.getType().plover().isPresent() && e.getStatus() != EventStatus.NEGATED)
        .map(e -> PloverRecord.of(new EventFacts(article, e), MAPPER.createObjectNode()))
        .collect(Collectors.toList());
  }

  /** Closes the array and the output. */
  @Override
  public void close() throws IOException {
    json.writeEndArray();
    json.close();
  }
}

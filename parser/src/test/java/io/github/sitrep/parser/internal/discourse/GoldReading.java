package io.github.sitrep.parser.internal.discourse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seed's expected reading (statements and events) and the checks that a parsed article
 * holds each expected item: content start and speaker for statements; type, a shared
 * participant, place, date and status for events. Names compare in lower case, ignoring
 * punctuation and a leading "the".
 */
public final class GoldReading {

  /** The expected reading of the seed, relative to the parser module. */
  public static final Path SEED_EXPECTED = Path.of("..", "seeds", "000_d761ccc542c0aeb6.expected.json");

  /** An expected statement. */
  public record GoldStatement(String speaker, String quoteStart, String mode) {}

  /** An expected event. */
  public record GoldEvent(String type, List<String> participants, String place, String date,
      String status) {}

  private final List<GoldStatement> statements = new ArrayList<>();
  private final List<GoldEvent> events = new ArrayList<>();

  private GoldReading(JsonNode root) {
    for (JsonNode s : root.path("statements")) {
      statements.add(new GoldStatement(text(s, "speaker"), text(s, "quote_start"), text(s, "mode")));
    }
    for (JsonNode e : root.path("events")) {
      List<String> who = new ArrayList<>();
      e.path("participants").forEach(p -> who.add(p.asText()));
      events.add(new GoldEvent(text(e, "type"), who, text(e, "place"), text(e, "date"),
          text(e, "status")));
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  /** @return the seed's expected reading */
  public static GoldReading seed() {
    try {
      return new GoldReading(new ObjectMapper().readTree(SEED_EXPECTED.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the expected statements */
  public List<GoldStatement> statements() {
    return statements;
  }

  /** @return the expected events */
  public List<GoldEvent> events() {
    return events;
  }

  /** @return whether the article holds a statement matching the expected one */
  public static boolean found(Article a, GoldStatement g) {
    return a.getStatements().stream().anyMatch(s -> matches(a, g, s));
  }

  private static boolean matches(Article a, GoldStatement g, Statement s) {
    return normal(s.getContent().getText()).startsWith(normal(g.quoteStart()))
        && names(a, s.getSpeaker()).contains(normal(g.speaker()))
        && s.getMode().name().equalsIgnoreCase(g.mode());
  }

  /** @return whether the article holds an event matching the expected one */
  public static boolean found(Article a, GoldEvent g) {
    return a.getEvents().stream().anyMatch(e -> matches(a, g, e));
  }

  private static boolean matches(Article a, GoldEvent g, Event e) {
    Set<String> who = e.getParticipants().stream()
        .flatMap(p -> names(a, Optional.of(p.getEntity())).stream()).collect(Collectors.toSet());
    boolean shared = g.participants().isEmpty()
        || g.participants().stream().anyMatch(n -> who.contains(normal(n)));
    boolean place = g.place() == null || names(a, e.getPlace()).contains(normal(g.place()));
    boolean date = g.date() == null || e.getDate().flatMap(x -> x.getEarliest())
        .map(day -> day.equals(LocalDate.parse(g.date()))).orElse(false);
    return e.getType().name().equals(g.type()) && shared && place && date
        && e.getStatus().name().equalsIgnoreCase(g.status());
  }

  private static Set<String> names(Article a, Optional<EntityRef> ref) {
    return ref.flatMap(a::resolve).map(x -> (Entity) x)
        .map(x -> Stream.concat(Stream.of(x.getName()), x.getAliases().stream())
            .map(GoldReading::normal).collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  /**
   * @param s a name or text
   * @return it in lower case, without punctuation, runs of space collapsed, "the" dropped
   */
  public static String normal(String s) {
    String t = s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return t.startsWith("the ") ? t.substring(4) : t;
  }
}

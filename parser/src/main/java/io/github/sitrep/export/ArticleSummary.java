package io.github.sitrep.export;

import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A readable digest of an article: headline, people, organisations, forces, places, who said
 * what, and the events with their dates.
 *
 * <pre>{@code
 * System.out.print(ArticleSummary.of(result.getArticle()));
 * }</pre>
 *
 * <p>The layout is for people and may change between versions; programs should read the
 * article JSON instead.
 */
public final class ArticleSummary {

  /** Longest quotation shown before it is cut with an ellipsis. */
  static final int MAX_QUOTE = 100;

  private final Article article;
  private final StringBuilder out = new StringBuilder(1024);

  private ArticleSummary(Article article) {
    this.article = article;
  }

  /**
   * @param article an article
   * @return its digest, several lines, each ending with a line feed
   */
  public static String of(Article article) {
    Objects.requireNonNull(article, "article");
    return new ArticleSummary(article).render();
  }

  private String render() {
    heading();
    section("People", actors(ActorKind.PERSON), this::person);
    section("Organisations", actors(ActorKind.ORGANISATION), Actor::getName);
    section("Forces", article.getForces(), this::force);
    section("Places", article.getPlaces(), this::place);
    section("Who said what", article.getStatements(), this::statement);
    section("Events", article.getEvents(), this::event);
    return out.toString();
  }

  private void heading() {
    out.append(article.getHeadline().map(h -> h.getText()).orElse("(no headline)")).append('\n');
    StringJoiner line = new StringJoiner(" | ");
    line.add("id " + article.getId());
    article.getDateline().ifPresent(d -> line.add("dateline " + d.getRaw().getText().strip()));
    article.getPublished().ifPresent(p -> line.add("published " + p));
    article.getSource().ifPresent(line::add);
    out.append(line).append('\n');
  }

  private List<Actor> actors(ActorKind kind) {
    return article.getActors().stream().filter(a -> a.getKind() == kind).collect(Collectors.toList());
  }

  private <T> void section(String title, List<T> items, Function<T, String> line) {
    out.append('\n').append(title).append(" (").append(items.size()).append(")\n");
    items.forEach(item -> out.append("  - ").append(line.apply(item)).append('\n'));
  }

  private String person(Actor person) {
    StringBuilder s = new StringBuilder();
    person.getTitles().forEach(t -> s.append(t).append(' '));
    s.append(person.getName());
    person.getRole().ifPresent(r -> s.append(", ").append(r));
    person.getAffiliation().ifPresent(a -> s.append(" [").append(Names.of(article, a)).append(']'));
    return s.toString();
  }

  private String force(Force force) {
    StringBuilder s = new StringBuilder(force.getName());
    force.getAcronym().filter(a -> !a.equals(force.getName()))
        .ifPresent(a -> s.append(" (").append(a).append(')'));
    s.append(": ").append(Names.lower(force.getKind()));
    force.getCountry().ifPresent(c -> s.append(", ").append(c));
    force.getPartOf().ifPresent(p -> s.append(", part of ").append(Names.of(article, p)));
    return s.append(aliases(force.getAliases())).toString();
  }

  private String place(Place place) {
    StringBuilder s = new StringBuilder(place.getName()).append(": ").append(Names.lower(place.getKind()));
    place.getCountry().ifPresent(c -> s.append(", ").append(c));
    place.getParent().ifPresent(p -> s.append(", in ").append(Names.of(article, p)));
    return s.append(aliases(place.getAliases())).toString();
  }

  private static String aliases(List<String> aliases) {
    return aliases.isEmpty() ? "" : "; also " + String.join(", ", aliases);
  }

  private String statement(Statement statement) {
    String speaker = statement.getSpeaker().map(r -> Names.of(article, r)).orElse("(unknown speaker)");
    StringBuilder s = new StringBuilder(speaker);
    statement.getCue().ifPresent(c -> s.append(' ').append(c.getText()));
    statement.getAddresseeMention().ifPresent(a -> s.append(" [to ").append(a.getText()).append(']'));
    statement.getDate().ifPresent(d -> s.append(" [").append(Dates.describe(d)).append(']'));
    s.append(" (").append(Names.lower(statement.getMode())).append("): ");
    return s.append(quote(statement.getContent().getText())).toString();
  }

  private String event(Event event) {
    StringBuilder s = new StringBuilder();
    s.append(event.getDate().map(Dates::describe).orElse("(no date)")).append(' ');
    s.append(event.getType()).append(" \"").append(event.getTrigger().getText()).append('"');
    s.append(" (").append(Names.lower(event.getStatus())).append(')');
    List<String> who = new ArrayList<>();
    event.getParticipants().forEach(p -> who.add(participant(p)));
    if (!who.isEmpty()) {
      s.append(": ").append(String.join(", ", who));
    }
    event.getPlace().ifPresent(p -> s.append(" at ").append(Names.of(article, p)));
    event.getFatalities().ifPresent(f -> s.append("; killed ").append(f.getCount()));
    return s.toString();
  }

  private String participant(Participant participant) {
    return Names.of(article, participant.getEntity()) + " [" + Names.lower(participant.getRole()) + "]";
  }

  private static String quote(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= MAX_QUOTE) {
      return "\"" + flat + "\"";
    }
    int cut = MAX_QUOTE - 1;
    if (Character.isLowSurrogate(flat.charAt(cut))) {
      cut--;
    }
    return "\"" + flat.substring(0, cut) + "\u2026\"";
  }
}

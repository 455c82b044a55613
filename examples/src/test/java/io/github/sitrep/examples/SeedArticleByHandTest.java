package io.github.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Statement;
import io.github.sitrep.validation.ValidatorSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedArticleByHandTest {

  private final Article seed = SeedArticleByHand.build();

  @Test
  void validatesWithoutAnyIssue() {
    assertThat(ValidatorSet.standard().validate(seed).getIssues()).isEmpty();
  }

  @Test
  void roundTripsThroughJson() {
    String json = SitrepJson.write(seed);
    assertThat(SitrepJson.read(json)).isEqualTo(seed);
    assertThat(Article.builder().from(seed).build()).isEqualTo(seed);
  }

  @Test
  void hasEveryPersonOrganisationForcePlaceStatementAndEvent() {
    assertThat(seed.getActors().stream().filter(a -> a.getKind() == ActorKind.PERSON)).hasSize(8);
    assertThat(seed.getActors().stream().filter(a -> a.getKind() == ActorKind.ORGANISATION)).hasSize(2);
    assertThat(seed.getForces()).hasSize(8);
    assertThat(seed.getPlaces()).hasSize(12);
    assertThat(seed.getStatements()).hasSize(13);
    assertThat(seed.getEvents()).hasSize(10);
    assertThat(seed.getParagraphs()).hasSize(15);
    assertThat(seed.getText()).isEqualTo(readSeed());
  }

  @Test
  void everyNameOfTheHumanReadingIsAnEntityOfTheModel() throws Exception {
    JsonNode gold = expected();
    List<String> names = new ArrayList<>();
    for (String list : List.of("persons", "forces", "organisations", "places")) {
      for (JsonNode entity : gold.get(list)) {
        names.add(entity.get("name").asText());
        entity.get("aliases").forEach(a -> names.add(a.asText()));
      }
    }
    List<String> ours = new ArrayList<>();
    for (Entity e : seed.entities()) {
      ours.add(e.getName());
      ours.addAll(e.getAliases());
    }
    // the human reading names the city and the province both "Deir ez-Zor"; the model
    // calls the province by the fuller name the text gives it, "Deir ez-Zor province"
    assertThat(ours).containsAll(names).contains("Deir ez-Zor province");
  }

  @Test
  void everyStatementOfTheHumanReadingIsOneOfTheModel() throws Exception {
    List<String> ours = seed.getStatements().stream()
        .map(s -> speakerName(s) + " | " + s.getMode() + " | " + s.getContent().getText())
        .collect(Collectors.toList());
    for (JsonNode s : expected().get("statements")) {
      String prefix = s.get("speaker").asText() + " | " + s.get("mode").asText().toUpperCase(Locale.ROOT)
          + " | " + s.get("quote_start").asText();
      assertThat(ours).as("statement %s", prefix).anyMatch(o -> o.startsWith(prefix));
    }
  }

  @Test
  void everyEventOfTheHumanReadingIsOneOfTheModel() throws Exception {
    List<String> ours = seed.getEvents().stream().map(this::describe).collect(Collectors.toList());
    for (JsonNode e : expected().get("events")) {
      String date = e.get("date").isNull() ? "-" : e.get("date").asText();
      String key = e.get("type").asText() + " " + e.get("trigger").asText() + " "
          + e.get("status").asText().toUpperCase(Locale.ROOT) + " " + date;
      assertThat(ours).as("event %s", key).anyMatch(o -> o.startsWith(key));
    }
  }

  @Test
  void mainPrintsTheJson() {
    PrintStream out = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      SeedArticleByHand.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(SitrepJson.read(bytes.toString(StandardCharsets.UTF_8))).isEqualTo(seed);
  }

  @Test
  void theJsonGuideShowsThisArticle() throws Exception {
    String guide = Files.readString(SeedArticleByHand.locate().getParent().getParent()
        .resolve("docs/json.md"), StandardCharsets.UTF_8);
    String marker = "<!-- seed-article-json -->";
    int start = guide.indexOf("```json", guide.indexOf(marker)) + "```json".length();
    String example = guide.substring(start, guide.indexOf("```", start));
    assertThat(SitrepJson.read(example)).isEqualTo(seed);
  }

  private String speakerName(Statement s) {
    return s.getSpeaker().flatMap(seed::resolve).map(Entity::getName).orElse("?");
  }

  private String describe(Event e) {
    String date = e.getDate().flatMap(d -> d.getEarliest()).map(Object::toString).orElse("-");
    return e.getType() + " " + e.getTrigger().getText() + " " + e.getStatus() + " " + date;
  }

  private static JsonNode expected() throws Exception {
    Path file = SeedArticleByHand.locate().resolveSibling("000_d761ccc542c0aeb6.expected.json");
    return new ObjectMapper().readTree(file.toFile());
  }

  private static String readSeed() {
    try {
      return Files.readString(SeedArticleByHand.locate(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}

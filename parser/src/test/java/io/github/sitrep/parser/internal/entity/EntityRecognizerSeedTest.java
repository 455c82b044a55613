package io.github.sitrep.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitrep.model.Actor;
import io.github.sitrep.model.ActorKind;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.Place;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.internal.layout.LayoutAnalyzer;
import io.github.sitrep.parser.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article's persons, forces and places, as its expected file reads them, are all
 * found, with the right type and kind, and with every other name the expected file lists.
 * The YPG is read as a non-state armed group where the expected file says militia.
 */
class EntityRecognizerSeedTest {

  private static String text;
  private static JsonNode expected;
  private static Entities entities;

  @BeforeAll
  static void parse() throws IOException {
    text = Files.readString(Path.of("../seeds/000_d761ccc542c0aeb6.txt"));
    expected = new ObjectMapper().readTree(Path.of("../seeds/000_d761ccc542c0aeb6.expected.json").toFile());
    EntityRecognizer recognizer = new EntityRecognizer(LexiconIndex.of(Lexicon.bundled()));
    entities = recognizer.recognize(text, new LayoutAnalyzer().analyze(text));
  }

  @Test
  void everyPersonIsFoundAsAPerson() {
    for (JsonNode p : expected.get("persons")) {
      Actor actor = find(entities.actors(), p).orElseThrow(() -> missing("person", p));
      assertThat(actor.getKind()).as(actor.getName()).isEqualTo(ActorKind.PERSON);
      assertThat(actor.getName()).isEqualTo(p.get("name").asText());
      assertAliases(actor, p);
    }
  }

  @Test
  void everyForceIsFoundWithItsKind() {
    for (JsonNode f : expected.get("forces")) {
      Force force = find(entities.forces(), f).orElseThrow(() -> missing("force", f));
      assertThat(force.getKind()).as(force.getName()).isIn(forceKinds(f.get("kind").asText()));
      assertAliases(force, f);
    }
  }

  @Test
  void everyPlaceIsFoundWithItsKind() {
    for (JsonNode p : expected.get("places")) {
      PlaceKind kind = PlaceKind.valueOf(p.get("kind").asText().toUpperCase(Locale.ROOT));
      Place place = entities.places().stream()
          .filter(x -> x.getKind() == kind && names(x).contains(norm(p.get("name").asText())))
          .findFirst().orElseThrow(() -> missing("place", p));
      assertAliases(place, p);
    }
  }

  @Test
  void personsCarryTitlesCountriesAndAffiliations() {
    Actor abadi = person("Haider al-Abadi");
    assertThat(abadi.getTitles()).containsExactly("Prime Minister");
    assertThat(abadi.getCountry()).contains("IQ");
    assertThat(person("Paul E. Funk II").getTitles()).containsExactly("Lt. Gen.");
    Actor saleh = person("Qasim Mohammed Saleh");
    assertThat(saleh.getTitles()).containsExactly("commander");
    assertThat(saleh.getAffiliation().orElseThrow().getId()).isEqualTo(force("ISF").getId());
    Actor hussein = person("Abdul Hussein");
    assertThat(hussein.getRole()).contains("assistant to Qasim Mohammed Saleh");
    assertThat(hussein.getAffiliation()).isEqualTo(saleh.getAffiliation());
    String commandId = force("SDF General Command").getId();
    assertThat(person("Hassan Qamishlu").getAffiliation().orElseThrow().getId()).isEqualTo(commandId);
  }

  @Test
  void forcesCarryPartsAndCountries() {
    Force sdf = force("SDF");
    assertThat(force("YPG").getPartOf().orElseThrow().getId()).isEqualTo(sdf.getId());
    assertThat(force("SDF General Command").getPartOf().orElseThrow().getId()).isEqualTo(sdf.getId());
    assertThat(force("Russian troops").getCountry()).contains("RU");
    assertThat(force("ISF").getAcronym()).contains("ISF");
  }

  @Test
  void mentionsAreSortedAndPointAtTheirText() {
    List<EntityMention> mentions = entities.mentions();
    for (int i = 1; i < mentions.size(); i++) {
      assertThat(mentions.get(i - 1).span()).isLessThanOrEqualTo(mentions.get(i).span());
    }
    Stream.of(entities.actors(), entities.forces(), entities.places()).flatMap(List::stream)
        .flatMap(e -> e.getMentions().stream())
        .forEach(m -> assertThat(text.substring(m.getSpan().getStart(), m.getSpan().getEnd()))
            .isEqualTo(m.getText()));
    assertThat(mentions).hasSize((int) Stream.of(entities.actors(), entities.forces(),
        entities.places()).flatMap(List::stream).mapToLong(e -> e.getMentions().size()).sum());
  }

  private static Actor person(String name) {
    return entities.actors().stream().filter(a -> a.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no person " + name));
  }

  private static Force force(String name) {
    return entities.forces().stream().filter(f -> names(f).contains(norm(name))).findFirst()
        .orElseThrow(() -> new AssertionError("no force " + name));
  }

  private static <E extends Entity> Optional<E> find(List<E> found, JsonNode gold) {
    return found.stream().filter(e -> names(e).contains(norm(gold.get("name").asText())))
        .findFirst();
  }

  private static void assertAliases(Entity e, JsonNode gold) {
    for (JsonNode alias : gold.get("aliases")) {
      assertThat(names(e)).as("names of " + e.getName()).contains(norm(alias.asText()));
    }
  }

  private static List<String> names(Entity e) {
    List<String> out = new ArrayList<>();
    out.add(norm(e.getName()));
    e.getAliases().forEach(a -> out.add(norm(a)));
    return out;
  }

  private static String norm(String name) {
    String n = name.toLowerCase(Locale.ROOT).strip();
    return n.endsWith(" province") ? n.substring(0, n.length() - " province".length()) : n;
  }

  private static List<ForceKind> forceKinds(String gold) {
    switch (gold) {
      case "militia":
        return List.of(ForceKind.MILITIA, ForceKind.NON_STATE);
      case "non-state":
        return List.of(ForceKind.NON_STATE);
      default:
        return List.of(ForceKind.valueOf(gold.toUpperCase(Locale.ROOT)));
    }
  }

  private static AssertionError missing(String what, JsonNode gold) {
    return new AssertionError("no " + what + " named " + gold.get("name").asText() + " among "
        + Stream.of(entities.actors(), entities.forces(), entities.places())
            .flatMap(List::stream).map(Entity::getName).toList());
  }
}

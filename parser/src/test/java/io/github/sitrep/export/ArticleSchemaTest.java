package io.github.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shipped schema equal to the one generated from the model (regenerating the
 * files when they differ, and failing so that the change is seen and committed), and checks
 * articles against it.
 */
class ArticleSchemaTest {

  static final Path RESOURCE = Paths.get("src/main/resources/io/github/sitrep/export", ArticleSchema.RESOURCE);
  static final Path DOCS = Paths.get("..", "docs", ArticleSchema.RESOURCE);
  static final Path SEED = Paths.get("..", "seeds", "000_d761ccc542c0aeb6.txt");

  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // The schema libraries log through SLF4J; without this it warns that it has no provider.
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_SLF4JServiceProvider");
  }

  @Test
  void theShippedSchemaIsTheOneGeneratedFromTheModel() throws Exception {
    String generated = ArticleSchemaGenerator.generate();
    List<Path> stale = new java.util.ArrayList<>();
    for (Path file : List.of(RESOURCE, DOCS)) {
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(generated)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
        stale.add(file);
      }
    }
    assertThat(stale).as("the model changed: these schema files were regenerated; rebuild and commit them")
        .isEmpty();
    assertThat(ArticleSchema.json()).isEqualTo(generated);
  }

  @Test
  void theParsedSeedMatchesTheSchema() throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    String json = SitrepJson.write(ArticleParser.builder().build().parse(text, ArticleMetadata.builder()
        .id("000_d761ccc542c0aeb6").published(LocalDate.of(2017, 12, 11)).build()).getArticle());

    assertThat(errors(JSON.readTree(json))).isEmpty();
  }

  @Test
  void anArticleWithEveryKindOfPartMatchesTheSchema() throws IOException {
    assertThat(errors(JSON.readTree(SitrepJson.write(SampleArticle.build())))).isEmpty();
  }

  @Test
  void theSchemaRejectsAnUnknownEventTypeAMissingIdAndAStrayField() throws IOException {
    ObjectNode article = (ObjectNode) JSON.readTree(SitrepJson.write(SampleArticle.build()));
    ((ObjectNode) article.get("events").get(0)).put("type", "EXPLOSION");
    article.remove("id");
    article.put("colour", "blue");

    assertThat(errors(article)).extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("EXPLOSION") || m.contains("enum"))
        .anyMatch(m -> m.contains("id"))
        .anyMatch(m -> m.contains("colour"));
  }

  private static Set<ValidationMessage> errors(JsonNode article) {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ArticleSchema.json());
    return schema.validate(article);
  }
}

package io.github.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.EventStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PloverJsonWriterTest {

  @Test
  void eventsBecomePloverRecordsInOneArray() throws IOException {
    StringWriter out = new StringWriter();
    try (PloverJsonWriter plover = new PloverJsonWriter(out)) {
      assertThat(plover.write(SampleArticle.build())).isEqualTo(2);
      assertThat(plover.write(Article.builder().id("empty").text("").build())).isZero();
    }
    JsonNode array = new ObjectMapper().readTree(out.toString());

    assertThat(array.size()).isEqualTo(2);
    JsonNode attack = array.get(0);
    assertThat(attack.get("id").asText()).isEqualTo("sample-1/e1");
    assertThat(attack.get("date").asText()).isEqualTo("2024-03-10");
    assertThat(attack.get("event_type").asText()).isEqualTo("ASSAULT");
    assertThat(attack.get("actor").get(0).get("name").asText()).isEqualTo("Islamic State");
    assertThat(attack.get("actor").get(0).get("kind").asText()).isEqualTo("terrorist force");
    assertThat(attack.get("recipient").get(0).get("name").asText()).isEqualTo("Iraqi Army");
    assertThat(attack.get("recipient").get(0).get("country").asText()).isEqualTo("IQ");
    assertThat(attack.get("location").get("placename").asText()).isEqualTo("Tal Afar");
    assertThat(attack.get("location").get("admin1").asText()).isEqualTo("Nineveh");
    assertThat(attack.get("dead").asInt()).isEqualTo(11);
    assertThat(attack.get("text").asText()).startsWith("Fighters of the Islamic State");
    assertThat(attack.get("source").asText()).isEqualTo("Test Wire");
    assertThat(attack.get("cameo").asText()).isEqualTo("190");
    JsonNode deploy = array.get(1);
    assertThat(deploy.get("event_type").asText()).isEqualTo("MOBILIZE");
    assertThat(deploy.get("status").asText()).isEqualTo("intended");
    assertThat(deploy.get("date").isNull()).isTrue();
  }

  @Test
  void negatedEventsAreLeftOut() {
    Article sample = SampleArticle.build();
    Article negated = Article.builder().from(sample).events(sample.getEvents().stream()
        .map(e -> io.github.sitrep.model.Event.builder().from(e).status(EventStatus.NEGATED).build())
        .collect(Collectors.toList())).build();

    assertThat(PloverJsonWriter.records(negated)).isEmpty();
  }

  @Test
  void recordsAreFlushedBeforeTheArrayIsClosed() throws IOException {
    StringWriter out = new StringWriter();
    PloverJsonWriter plover = new PloverJsonWriter(out);
    plover.write(SampleArticle.build());
    assertThat(out.toString()).contains("\"sample-1/e2\"").doesNotContain("]\n");
    plover.close();
    assertThat(out.toString().strip()).endsWith("]");
  }
}

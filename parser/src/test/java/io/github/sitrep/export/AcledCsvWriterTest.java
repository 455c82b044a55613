package io.github.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.model.EventType;
import io.github.sitrep.model.Participant;
import io.github.sitrep.model.ParticipantRole;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcledCsvWriterTest {

  @Test
  void anAttackBecomesOneRowWithEveryColumn() throws IOException {
    List<Map<String, String>> rows = rowsOf(SampleArticle.build());

    assertThat(rows).hasSize(1);
    Map<String, String> row = rows.get(0);
    assertThat(row.keySet()).containsExactlyElementsOf(AcledCsvWriter.COLUMNS);
    assertThat(row).containsEntry("event_date", "2024-03-10")
        .containsEntry("time_precision", "1")
        .containsEntry("event_type", "Battles")
        .containsEntry("sub_event_type", "Armed clash")
        .containsEntry("actor1", "Islamic State")
        .containsEntry("assoc_actor_1", "")
        .containsEntry("inter1", "2")
        .containsEntry("actor2", "Iraqi Army")
        .containsEntry("inter2", "1")
        .containsEntry("interaction", "12")
        .containsEntry("country", "Iraq")
        .containsEntry("admin1", "Nineveh")
        .containsEntry("location", "Tal Afar")
        .containsEntry("latitude", "36.3794")
        .containsEntry("longitude", "42.4497")
        .containsEntry("geo_precision", "1")
        .containsEntry("source", "Test Wire")
        .containsEntry("fatalities", "11");
    assertThat(row.get("notes")).isEqualTo("Fighters of the Islamic State (ISIS) attacked an Iraqi Army"
        + " post near Tal Afar on Sunday, killing 11 soldiers, Colonel Ahmed Karim said."
        + " [sitrep sample-1/e1]");
  }

  @Test
  void anArticleWithoutEventsGivesTheHeaderOnly() throws IOException {
    StringWriter out = new StringWriter();
    try (AcledCsvWriter csv = new AcledCsvWriter(out)) {
      assertThat(csv.write(Article.builder().id("empty").text("").build())).isZero();
    }
    assertThat(out.toString()).isEqualTo(String.join(",", AcledCsvWriter.COLUMNS) + "\n");
  }

  @Test
  void aCaptureByStateForcesIsGovernmentRegainsTerritoryAndAClaimIsMarked() throws IOException {
    Article sample = SampleArticle.build();
    Event capture = Event.builder().id("e3").type(EventType.CAPTURE).status(EventStatus.CLAIMED)
        .trigger(SampleArticle.at("pushed"))
        .addParticipant(Participant.of(EntityRef.actor("ahmed-karim"), ParticipantRole.AGENT))
        .addParticipant(Participant.of(EntityRef.place("tal-afar"), ParticipantRole.TARGET))
        .place(EntityRef.place("tal-afar"))
        .build();
    Article article = Article.builder().from(sample).events(List.of(capture)).build();

    Map<String, String> row = rowsOf(article).get(0);

    assertThat(row).containsEntry("sub_event_type", "Government regains territory")
        .containsEntry("actor1", "Iraqi Army")
        .containsEntry("inter1", "1")
        .containsEntry("actor2", "")
        .containsEntry("interaction", "10")
        .containsEntry("event_date", "")
        .containsEntry("fatalities", "0");
    assertThat(row.get("notes")).isEqualTo("[claimed] pushed [sitrep sample-1/e3]");
  }

  @Test
  void rowsAreFlushedArticleByArticle() throws IOException {
    StringWriter out = new StringWriter();
    AcledCsvWriter csv = new AcledCsvWriter(out);
    csv.write(SampleArticle.build());
    assertThat(out.toString().lines()).hasSize(2);
    csv.close();
  }

  static List<Map<String, String>> rowsOf(Article article) throws IOException {
    StringWriter out = new StringWriter();
    try (AcledCsvWriter csv = new AcledCsvWriter(out)) {
      csv.write(article);
    }
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString())) {
      return it.readAll();
    }
  }
}

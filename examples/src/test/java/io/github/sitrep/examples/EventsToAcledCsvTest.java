package io.github.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.export.AcledCsvWriter;
import io.github.sitrep.model.EventStatus;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventsToAcledCsvTest {

  @Test
  void oneRowPerRecordedEventUnderOneHeader() throws Exception {
    List<Path> files = ParseFolderInParallel.articles(Seeds.DEV);
    StringWriter csv = new StringWriter();

    int rows = EventsToAcledCsv.run(csv, Optional.of(LocalDate.of(2024, 1, 1)), "dev",
        files.toArray(new Path[0]));

    List<String> lines = csv.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", AcledCsvWriter.COLUMNS));
    assertThat(rows).isEqualTo(recordedEvents(files));
    assertThat(lines).hasSize(rows + 1);
  }

  private static long recordedEvents(List<Path> files) throws Exception {
    ArticleParser parser = ArticleParser.builder().build();
    long n = 0;
    for (Path file : files) {
      n += parser.parse(Files.readString(file), ArticleMetadata.builder()
          .published(LocalDate.of(2024, 1, 1)).build()).getArticle().getEvents().stream()
          .filter(e -> e.getType().acledEventType().isPresent())
          .filter(e -> e.getStatus() == EventStatus.HAPPENED || e.getStatus() == EventStatus.CLAIMED)
          .count();
    }
    return n;
  }
}

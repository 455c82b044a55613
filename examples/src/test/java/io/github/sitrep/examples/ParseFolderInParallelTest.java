package io.github.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseFolderInParallelTest {

  @TempDir
  Path tmp;

  @Test
  void fourThreadsWriteWhatOneThreadReads() throws Exception {
    Path out = tmp.resolve("articles.jsonl");
    List<Path> files = ParseFolderInParallel.articles(Seeds.DEV);

    int written = ParseFolderInParallel.run(Seeds.DEV, out, 4);

    List<String> lines = Files.readAllLines(out);
    assertThat(files).isNotEmpty();
    assertThat(written).isEqualTo(files.size());
    assertThat(lines).hasSize(files.size());
    ArticleParser parser = ArticleParser.builder().build();
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString();
      String id = name.substring(0, name.length() - ".txt".length());
      Article alone = parser.parse(Files.readString(files.get(i)),
          ArticleMetadata.builder().id(id).build()).getArticle();
      assertThat(SitrepJson.read(lines.get(i))).isEqualTo(alone);
    }
  }
}

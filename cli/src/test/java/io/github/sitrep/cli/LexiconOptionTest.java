package io.github.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Force;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconOptionTest {

  static final String HEADER = "id\ttype\tkind\tname\taliases\tcountry\tparent\tattributes\n";
  static final String ARTICLE = "Clashes in the hills\n\nFighters of the Eastern Ridge Brigades"
      + " attacked a police post on Monday. The Ridge Brigades said two of their men died.";

  @TempDir
  Path tmp;

  @Test
  void aUserLexiconAddsAGroup() throws IOException {
    Path tsv = Files.writeString(tmp.resolve("groups.tsv"), HEADER
        + "force:erb\tFORCE\tMILITIA\tEastern Ridge Brigades\tRidge Brigades\t\t\t\n");
    Path article = Files.writeString(tmp.resolve("a.txt"), ARTICLE);

    Cli cli = Cli.run("parse", "--lexicon", tsv.toString(), article.toString());

    assertThat(cli.exitCode).isZero();
    Article parsed = SitrepJson.read(cli.out);
    assertThat(parsed.getForces()).filteredOn(f -> f.getName().equals("Eastern Ridge Brigades"))
        .extracting(Force::getKind).containsExactly(io.github.sitrep.model.ForceKind.MILITIA);
  }

  @Test
  void aBrokenLexiconIsAUsageErrorNamingTheFileAndLine() throws IOException {
    Path tsv = Files.writeString(tmp.resolve("bad.tsv"), HEADER + "force:x\tFORCE\tNOT_A_KIND\tX\t\t\t\t\n");
    Path article = Files.writeString(tmp.resolve("a.txt"), ARTICLE);

    Cli cli = Cli.run("parse", "--lexicon", tsv.toString(), article.toString());

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.out).isEmpty();
    assertThat(cli.err.lines().findFirst().orElseThrow()).startsWith("sitrep: --lexicon: " + tsv + ":2: ")
        .contains("NOT_A_KIND");
  }

  @Test
  void aMissingLexiconIsAUsageError() {
    Cli cli = Cli.run("parse", "--lexicon", tmp.resolve("none.tsv").toString(), "x.txt");

    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("none.tsv").contains("no such file");
  }
}

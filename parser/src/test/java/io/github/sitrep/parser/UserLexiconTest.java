package io.github.sitrep.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import io.github.sitrep.parser.lexicon.Lexicon;
import io.github.sitrep.parser.lexicon.LexiconFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserLexiconTest {

  private static final String HEADER =
      "id\ttype\tkind\tname\taliases\tcountry\tparent\tattributes\n";
  private static final String TEXT = "Clashes in the north\n\n"
      + "Fighters of the Zarqa Hill Battalions, also known as ZHB or Kataib Zarqa, ambushed a "
      + "patrol. Kataib Zarqa later released a statement.";

  @Test
  void aUserFileAddsAnArmedGroupWithItsAliases(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("groups.tsv");
    Files.writeString(file, "# my groups\n" + HEADER
        + "zhb\tFORCE\tMILITIA\tZarqa Hill Battalions\tZHB|Kataib Zarqa\tSY\t\tacronym=ZHB\n");

    Article article = ArticleParser.builder().addLexicon(Lexicon.read(file)).build()
        .parse(TEXT).getArticle();

    Force zhb = article.getForces().stream()
        .filter(f -> f.getName().equals("Zarqa Hill Battalions")).findFirst().orElseThrow();
    assertThat(zhb.getKind()).isEqualTo(ForceKind.MILITIA);
    assertThat(zhb.getCountry()).contains("SY");
    assertThat(zhb.getAcronym()).contains("ZHB");
    assertThat(zhb.getAliases()).containsExactlyInAnyOrder("ZHB", "Kataib Zarqa");
    assertThat(zhb.getMentions()).hasSize(4);
  }

  @Test
  void withoutTheUserFileTheAliasesAreNotKnown() {
    Article article = ArticleParser.builder().build().parse(TEXT).getArticle();

    assertThat(article.getForces()).noneMatch(f -> f.getAliases().contains("Kataib Zarqa"));
  }

  @Test
  void withoutBundledLexiconsOnlyTheUsersAreUsed() throws IOException {
    Lexicon mine = Lexicon.read(new java.io.StringReader(HEADER
        + "zhb\tFORCE\tMILITIA\tZarqa Hill Battalions\tZHB\t\t\t\n"), "mine.tsv");
    String text = "Headline\n\nThe ZHB and the SDF fought near Raqqa.";

    Article article = ArticleParser.builder().withoutBundledLexicons().addLexicon(mine).build()
        .parse(text).getArticle();

    assertThat(article.getForces()).singleElement()
        .satisfies(f -> assertThat(f.getName()).isEqualTo("ZHB"))
        .satisfies(f -> assertThat(f.getKind()).isEqualTo(ForceKind.MILITIA));
  }

  @Test
  void aMalformedUserFileIsRefusedNamingTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.tsv");
    Files.writeString(file, HEADER + "ok\tFORCE\tMILITIA\tGood Group\t\t\t\t\n"
        + "\n# comment\n"
        + "bad\tFORCE\tGANG\tBad Group\t\t\t\t\n");

    assertThatThrownBy(() -> Lexicon.read(file))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("broken.tsv:5")
        .hasMessageContaining("GANG");
  }
}

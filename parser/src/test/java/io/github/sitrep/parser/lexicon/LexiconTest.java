package io.github.sitrep.parser.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

  static final String HEADER = "id\ttype\tkind\tname\taliases\tcountry\tparent\tattributes\n";

  static Lexicon lexicon(String body) throws IOException {
    return Lexicon.read(new StringReader(body), "test.tsv");
  }

  @Test
  void readsEntitiesWithAliasesAndAttributes() throws IOException {
    Lexicon lex = lexicon("# armed groups\n" + HEADER
        + "jnim\tFORCE\tTERRORIST\tJama'at Nusrat al-Islam wal-Muslimin\tJNIM|GSIM\tML\t\t"
        + "acronym=JNIM;backers=\n"
        + "\n"
        + "kidal\tPLACE\tCITY\tKidal\t\tML\tmali\tlat=18.44;lon=1.41\n");

    LexiconEntry jnim = lex.entry("jnim").orElseThrow();
    assertThat(jnim.forceKind()).contains(ForceKind.TERRORIST);
    assertThat(jnim.getAliases()).containsExactly("JNIM", "GSIM");
    assertThat(jnim.attribute("acronym")).contains("JNIM");
    assertThat(jnim.attributeValues("backers")).isEmpty();
    LexiconEntry kidal = lex.entry("kidal").orElseThrow();
    assertThat(kidal.placeKind()).contains(PlaceKind.CITY);
    assertThat(kidal.getParent()).contains("mali");
    assertThat(kidal.attribute("lat")).contains("18.44");
    assertThat(lex.size()).isEqualTo(2);
  }

  @Test
  void readsTitlesAndDemonyms() throws IOException {
    Lexicon titles = lexicon("surface\tkind\tcanonical\nLt. Gen.\tRANK\tLieutenant General\n");
    Lexicon demonyms = lexicon("surface\tgroup\tcountry\nKurdish\tKurds\t\n");

    assertThat(titles.titles()).containsExactly(
        TitleEntry.of("Lt. Gen.", TitleKind.RANK, "Lieutenant General"));
    DemonymEntry kurdish = demonyms.demonyms().iterator().next();
    assertThat(kurdish.getGroup()).contains("Kurds");
    assertThat(kurdish.getCountry()).isEmpty();
  }

  @Test
  void malformedLineIsNamedInTheError() {
    String body = HEADER + "a\tFORCE\tNON_STATE\tGroup A\t\t\t\t\n"
        + "b\tFORCE\tREBEL\tGroup B\t\t\t\t\n";

    assertThatThrownBy(() -> lexicon(body))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageStartingWith("test.tsv:3: ")
        .hasMessageContaining("REBEL")
        .satisfies(e -> assertThat(((LexiconFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void errorsNameTheProblem() {
    assertThatThrownBy(() -> lexicon(HEADER + "a\tFORCE\tSTATE\tArmy\t\tIRQ\t\t\n"))
        .hasMessageContaining("test.tsv:2").hasMessageContaining("IRQ");
    assertThatThrownBy(() -> lexicon(HEADER + "a\tFORCE\tSTATE\t\t\t\t\t\n"))
        .hasMessageContaining("test.tsv:2").hasMessageContaining("name");
    assertThatThrownBy(() -> lexicon(HEADER + "a\tFORCE\tSTATE\tA\t\t\t\tnoequals\n"))
        .hasMessageContaining("test.tsv:2").hasMessageContaining("key=value");
    assertThatThrownBy(() -> lexicon(HEADER + "a\tFORCE\tSTATE\tA\nb\tFORCE\tSTATE\tB\na\tPLACE\tCITY\tC\n"))
        .hasMessageContaining("test.tsv:4").hasMessageContaining("'a' is used twice");
    assertThatThrownBy(() -> lexicon("name\tplace\nx\ty\n"))
        .hasMessageContaining("test.tsv:1").hasMessageContaining("not a lexicon header");
    assertThatThrownBy(() -> lexicon("# only a comment\n"))
        .hasMessageContaining("no header line");
    assertThatThrownBy(() -> lexicon(HEADER + "a\tFORCE\tSTATE\tA\t\t\t\t\textra\n"))
        .hasMessageContaining("test.tsv:2").hasMessageContaining("9 tab-separated fields");
  }

  @Test
  void overridesReplaceEntriesById() throws IOException {
    Lexicon base = lexicon(HEADER + "x\tFORCE\tNON_STATE\tOld Name\t\t\t\t\n"
        + "y\tPLACE\tCITY\tYtown\t\t\t\t\n");
    Lexicon user = lexicon(HEADER + "x\tFORCE\tTERRORIST\tNew Name\t\t\t\t\n");

    Lexicon combined = base.withOverrides(user);

    assertThat(combined.entry("x").orElseThrow().getName()).isEqualTo("New Name");
    assertThat(combined.entry("y")).isPresent();
    assertThat(combined.size()).isEqualTo(2);
    assertThat(base.entry("x").orElseThrow().getName()).isEqualTo("Old Name");
  }

  @Test
  void readsAFileAndNamesItInErrors(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("groups.tsv");
    Files.writeString(good, "\uFEFF" + HEADER + "g\tFORCE\tMILITIA\tGroup G\tGG\tYE\t\t\n");
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, HEADER + "g\tARMY\tMILITIA\tGroup G\t\t\t\t\n");

    assertThat(Lexicon.read(good).entry("g").orElseThrow().getAliases()).containsExactly("GG");
    assertThatThrownBy(() -> Lexicon.read(bad))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageContaining("bad.tsv:2").hasMessageContaining("ARMY");
  }

  @Test
  void bundledLexiconLoadsQuicklyAndIsShared() {
    long t0 = System.nanoTime();
    Lexicon bundled = Lexicon.bundled();
    long millis = (System.nanoTime() - t0) / 1_000_000;

    assertThat(Lexicon.bundled()).isSameAs(bundled);
    assertThat(millis).as("bundled load time in ms").isLessThan(1500);
  }
}

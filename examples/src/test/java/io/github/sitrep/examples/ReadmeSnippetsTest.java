package io.github.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.export.AcledCsvWriter;
import io.github.sitrep.json.SitrepJson;
import io.github.sitrep.model.Article;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Force;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import io.github.sitrep.parser.lexicon.Lexicon;
import io.github.sitrep.validation.Issue;
import io.github.sitrep.validation.ValidationReport;
import io.github.sitrep.validation.ValidatorSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of README.md and docs/getting-started.md, compiled and run. The first
 * test checks that every snippet of those files stands, line for line, in this file, so
 * that a snippet cannot change without this test seeing it.
 */
class ReadmeSnippetsTest {

  static final List<Path> DOCUMENTS = List.of(Path.of("..", "README.md"),
      Path.of("..", "docs", "getting-started.md"));
  static final Path SELF = Path.of("src", "test", "java", "io", "github", "sitrep", "examples",
      "ReadmeSnippetsTest.java");

  @TempDir
  Path tmp;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream stdout;

  @BeforeEach
  void capture() {
    stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void release() {
    System.setOut(stdout);
  }

  // --- the snippets, exactly as the documents show them

  static Article parse(String text) {
    ArticleParser parser = ArticleParser.builder().build();
    ParseResult result = parser.parse(text, ArticleMetadata.builder()
        .published(LocalDate.of(2017, 12, 11))
        .source("Rudaw English")
        .build());
    Article article = result.getArticle();
    for (Event event : article.getEvents()) {
      System.out.println(event.getType() + " \"" + event.getTrigger().getText() + "\" " + event.getStatus());
    }
    System.out.println(SitrepJson.write(article));
    return article;
  }

  static ArticleParser withMyGroups(Path tsv) throws IOException {
    Lexicon mine = Lexicon.read(tsv);
    return ArticleParser.builder().addLexicon(mine).build();
  }

  static boolean validate(Article article) {
    ValidationReport report = ValidatorSet.standard().validate(article);
    for (Issue issue : report.getIssues()) {
      System.out.println(issue.getSeverity() + " " + issue.getCode() + " at " + issue.getPath()
          + ": " + issue.getMessage());
    }
    return !report.hasErrors();
  }

  static void exportEvents(List<Article> articles, Path csvFile) throws IOException {
    try (AcledCsvWriter csv = new AcledCsvWriter(Files.newBufferedWriter(csvFile))) {
      for (Article article : articles) {
        csv.write(article);
      }
    }
  }

  static List<Article> parseAll(List<String> texts) {
    ArticleParser shared = ArticleParser.builder().build();
    return texts.parallelStream()
        .map(text -> shared.parse(text).getArticle())
        .collect(Collectors.toList());
  }

  static void printForces(String text) {
    ArticleParser parser = ArticleParser.builder().build();
    Article article = parser.parse(text, ArticleMetadata.builder()
        .published(LocalDate.of(2017, 12, 11))
        .build()).getArticle();
    for (Force force : article.getForces()) {
      System.out.println(force.getName() + " (" + force.getKind() + ")");
    }
  }

  // --- the checks

  @Test
  void everySnippetOfTheDocumentsIsInThisFile() throws IOException {
    List<String> self = stripped(Files.readAllLines(SELF));
    List<List<String>> snippets = new ArrayList<>();
    for (Path document : DOCUMENTS) {
      snippets.addAll(javaBlocks(Files.readAllLines(document)));
    }
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> snippet : snippets) {
      assertThat(java.util.Collections.indexOfSubList(self, stripped(snippet)))
          .as("snippet starting '%s' is in ReadmeSnippetsTest", snippet.get(0)).isNotNegative();
    }
  }

  @Test
  void parseReadsTheSeedWithItsDate() throws IOException {
    String text = Files.readString(Seeds.SEED);

    Article article = parse(text);

    assertThat(article.getText()).isEqualTo(text);
    assertThat(article.getPublished()).contains(LocalDate.of(2017, 12, 11));
    assertThat(article.getSource()).contains("Rudaw English");
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"schemaVersion\"");
  }

  @Test
  void withMyGroupsFindsTheGroupOfTheReadmeLexicon() throws IOException {
    List<String> readme = Files.readAllLines(DOCUMENTS.get(0));
    int header = readme.indexOf("id\ttype\tkind\tname\taliases\tcountry\tparent\tattributes");
    Path tsv = Files.writeString(tmp.resolve("my-groups.tsv"),
        readme.get(header) + "\n" + readme.get(header + 1) + "\n");

    ArticleParser parser = withMyGroups(tsv);

    Article article = parser.parse(CustomLexicon.ARTICLE).getArticle();
    assertThat(article.getForces()).extracting(Force::getName).contains("Northern Valley Liberation Front");
  }

  @Test
  void validateAcceptsTheParsedSeedAndRefusesADanglingReference() throws IOException {
    Article seed = ArticleParser.builder().build().parse(Files.readString(Seeds.SEED)).getArticle();
    Article broken = Article.builder().from(seed).addEvent(Event.builder().id("e-broken")
        .type(io.github.sitrep.model.EventType.MEET).status(io.github.sitrep.model.EventStatus.HAPPENED)
        .trigger(io.github.sitrep.model.Mention.in(seed.getText(), 0, 5))
        .place(io.github.sitrep.model.EntityRef.place("nowhere")).build()).build();

    assertThat(validate(seed)).isTrue();
    assertThat(validate(broken)).isFalse();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ERROR ").contains("events[");
  }

  @Test
  void exportEventsWritesTheHeaderAndTheRows() throws IOException {
    Path csv = tmp.resolve("events.csv");

    exportEvents(List.of(parse(Files.readString(Seeds.SEED))), csv);

    assertThat(Files.readAllLines(csv).get(0)).isEqualTo(String.join(",", AcledCsvWriter.COLUMNS));
  }

  @Test
  void parseAllGivesWhatOneThreadGives() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : ParseFolderInParallel.articles(Seeds.DEV)) {
      texts.add(Files.readString(file));
    }
    ArticleParser one = ArticleParser.builder().build();

    List<Article> all = parseAll(texts);

    assertThat(all).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      assertThat(all.get(i)).isEqualTo(one.parse(texts.get(i)).getArticle());
    }
  }

  @Test
  void printForcesPrintsOneLinePerForce() throws IOException {
    String text = Files.readString(Seeds.SEED);
    int forces = ArticleParser.builder().build().parse(text).getArticle().getForces().size();

    printForces(text);

    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(forces);
  }

  static List<List<String>> javaBlocks(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : lines) {
      if (block == null && line.strip().equals("```java")) {
        block = new ArrayList<>();
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block);
        block = null;
      } else if (block != null) {
        block.add(line);
      }
    }
    return blocks;
  }

  private static List<String> stripped(List<String> lines) {
    return lines.stream().map(String::strip).collect(Collectors.toList());
  }
}

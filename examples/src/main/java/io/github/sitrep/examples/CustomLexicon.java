package io.github.sitrep.examples;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Force;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.lexicon.Lexicon;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds an armed group the bundled lexicons do not know, with its acronym and a short name,
 * and shows that the parser now finds it under each of its names.
 *
 * <p>The lexicon is a tab-separated file in the format of docs/lexicons.md; this example
 * writes one to a temporary file. The group and the article are invented for the example.
 *
 * <pre>
 * java io.github.sitrep.examples.CustomLexicon
 * </pre>
 */
public final class CustomLexicon {

  /** A lexicon of one armed group: id, type, kind, name, aliases, country, parent, attributes. */
  static final String LEXICON = String.join("\n",
      "# My armed groups. Format: docs/lexicons.md",
      "id\ttype\tkind\tname\taliases\tcountry\tparent\tattributes",
      "force:nvlf\tFORCE\tNON_STATE\tNorthern Valley Liberation Front\tNVLF|Valley Front\tMZ\t\tacronym=NVLF",
      "");

  /** An article that names the group three ways. */
  static final String ARTICLE = String.join("\n",
      "Rebels ambush army convoy in northern Mozambique",
      "",
      "PEMBA \u2014 Fighters of the Northern Valley Liberation Front ambushed an army supply"
          + " convoy near Montepuez on Tuesday, killing four soldiers, a military source said.",
      "",
      "The NVLF, which took up arms last year, said in a statement that the Valley Front would"
          + " keep attacking convoys on the road.");

  private CustomLexicon() {}

  /**
   * @param args none
   * @throws IOException if the temporary lexicon file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  /**
   * Writes the lexicon to a temporary file, builds a parser with it and parses the article.
   *
   * @param out where the forces found are listed
   * @return the article parsed with the lexicon
   * @throws IOException if the temporary lexicon file cannot be written
   */
  public static Article run(PrintStream out) throws IOException {
    Path file = Files.createTempFile("my-groups", ".tsv");
    try {
      Files.writeString(file, LEXICON, StandardCharsets.UTF_8);
      Lexicon mine = Lexicon.read(file);
      ArticleParser parser = ArticleParser.builder().addLexicon(mine).build();
      Article article = parser.parse(ARTICLE).getArticle();
      for (Force force : article.getForces()) {
        out.println(force.getName() + " (" + force.getKind() + "), named " + names(force));
      }
      return article;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<String> names(Force force) {
    return force.getMentions().stream().map(m -> m.getText()).distinct().toList();
  }
}

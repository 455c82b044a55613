package io.github.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.Force;
import io.github.sitrep.model.ForceKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomLexiconTest {

  @Test
  void theNewGroupIsFoundUnderItsNameAcronymAndShortName() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Article article = CustomLexicon.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    Optional<Force> group = article.getForces().stream()
        .filter(f -> f.getName().equals("Northern Valley Liberation Front")).findFirst();
    assertThat(group).isPresent();
    assertThat(group.get().getKind()).isEqualTo(ForceKind.NON_STATE);
    assertThat(group.get().getCountry()).contains("MZ");
    assertThat(group.get().getMentions()).extracting(m -> m.getText())
        .contains("Northern Valley Liberation Front", "NVLF", "Valley Front");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Northern Valley Liberation Front (NON_STATE), named [");
  }
}

package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.EntityClass;
import io.github.sitrep.parser.internal.discourse.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "According to the report", "the statement said": a document named without its author
 * speaks for the organisation or force that spoke last before it, or else for the last
 * speaker's organisation, or else for the last speaker.
 */
final class Documents {

  private static final Set<String> HEADS = Set.of("report", "statement", "communique",
      "communiqu\u00e9", "release", "bulletin", "update", "briefing", "post", "message", "video");

  private Documents() {}

  /**
   * @param d the discourse
   * @param drafts all drafts of an article
   * @return them in text order, documents resolved to their authors
   */
  static List<Draft> resolveAll(Discourse d, List<Draft> drafts) {
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(Comparator.comparingInt(Draft::firstToken));
    Optional<EntityRef> last = Optional.empty();
    Optional<EntityRef> lastBody = Optional.empty();
    for (int i = 0; i < ordered.size(); i++) {
      Draft draft = ordered.get(i);
      Speaker s = draft.speaker();
      Optional<EntityRef> lastSpeaker = last;
      Optional<EntityRef> author = lastBody.isPresent() ? lastBody
          : last.flatMap(d::affiliationOf).or(() -> lastSpeaker);
      if (s.ref().isEmpty() && s.mention().isPresent() && namesDocument(s) && author.isPresent()) {
        draft = new Draft(draft.contentFrom(), draft.contentTo(), draft.mode(),
            new Speaker(author, s.mention()), draft.cue(), draft.addressee(),
            draft.addresseeMention());
        ordered.set(i, draft);
      }
      Optional<EntityRef> spoke = draft.speaker().ref();
      if (spoke.isPresent()) {
        last = spoke;
        lastBody = d.classOf(spoke.get()) == EntityClass.PERSON ? lastBody : spoke;
      }
    }
    return ordered;
  }

  private static boolean namesDocument(Speaker s) {
    var words = Tokenizer.tokenize(s.mention().get().getText().toLowerCase(Locale.ROOT));
    return !words.isEmpty() && words.get(0).is("the")
        && HEADS.contains(words.get(words.size() - 1).norm());
  }
}

package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import io.github.sitrep.model.CasualtyCount;
import io.github.sitrep.model.Entity;
import io.github.sitrep.model.Event;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Span;
import io.github.sitrep.model.Statement;
import io.github.sitrep.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every span of an article with its path and, where the model says what text it covers
 * (mentions, dates), that text.
 */
final class TextSites {

  /** A span, where it stands, and the text it should cover if the model says. */
  record Site(String path, Span span, Optional<String> expected) {}

  private final List<Site> sites = new ArrayList<>();

  private TextSites() {}

  static List<Site> of(Article article) {
    TextSites t = new TextSites();
    article.getHeadline().ifPresent(m -> t.mention("headline", m));
    article.getDateline().ifPresent(d -> {
      t.mention("dateline.raw", d.getRaw());
      t.date("dateline.date", d.getDate());
    });
    for (Walk.Located<Span> p : Walk.located("paragraphs", article.getParagraphs())) {
      t.span(p.path(), p.value());
    }
    for (Walk.Located<Entity> e : Walk.entities(article)) {
      t.mentions(e.path() + ".mentions", e.value().getMentions());
    }
    Walk.located("statements", article.getStatements()).forEach(t::statement);
    Walk.located("events", article.getEvents()).forEach(t::event);
    return t.sites;
  }

  private void statement(Walk.Located<Statement> located) {
    String at = located.path();
    Statement s = located.value();
    mention(at + ".speakerMention", s.getSpeakerMention());
    mention(at + ".content", s.getContent());
    mention(at + ".cue", s.getCue());
    mention(at + ".addresseeMention", s.getAddresseeMention());
    date(at + ".date", s.getDate());
  }

  private void event(Walk.Located<Event> located) {
    String at = located.path();
    Event e = located.value();
    mention(at + ".trigger", e.getTrigger());
    for (int j = 0; j < e.getParticipants().size(); j++) {
      String path = at + "." + Walk.item("participants", j) + ".mention";
      mention(path, e.getParticipants().get(j).getMention());
    }
    date(at + ".date", e.getDate());
    mention(at + ".fatalities.mention", e.getFatalities().flatMap(CasualtyCount::getMention));
    mention(at + ".injuries.mention", e.getInjuries().flatMap(CasualtyCount::getMention));
    e.getSentence().ifPresent(s -> span(at + ".sentence", s));
  }

  private void mentions(String list, List<Mention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      mention(Walk.item(list, i), mentions.get(i));
    }
  }

  private void mention(String path, Optional<Mention> mention) {
    mention.ifPresent(m -> mention(path, m));
  }

  private void mention(String path, Mention mention) {
    sites.add(new Site(path, mention.getSpan(), Optional.of(mention.getText())));
  }

  private void date(String path, Optional<TimeExpression> date) {
    date.ifPresent(d -> d.getSpan().ifPresent(s ->
        sites.add(new Site(path + ".span", s, Optional.of(d.getText())))));
  }

  private void span(String path, Span span) {
    sites.add(new Site(path, span, Optional.empty()));
  }
}

extension Schema {
  /// Events, one row each, with both actors' text, code and corpus entity.
  /// `published` is the article's date and `date` the event's own, when the
  /// article gives one; `claimed_by` is the quote (by corpus id) that reports it.
  static let v2 = """
    CREATE TABLE event (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      local_id TEXT NOT NULL,
      type TEXT NOT NULL,
      mode TEXT,
      source_text TEXT NOT NULL,
      source_code TEXT,
      source_entity_id INTEGER REFERENCES entity(id),
      target_text TEXT,
      target_code TEXT,
      target_entity_id INTEGER REFERENCES entity(id),
      trigger_start INTEGER NOT NULL,
      trigger_end INTEGER NOT NULL,
      sentence_start INTEGER NOT NULL,
      sentence_end INTEGER NOT NULL,
      sentence TEXT NOT NULL,
      date TEXT,
      location TEXT,
      modality TEXT NOT NULL,
      claimed_by INTEGER REFERENCES quote(id),
      evidence TEXT NOT NULL,
      published TEXT
    );
    CREATE INDEX event_article ON event(article_id);
    CREATE INDEX event_order ON event(date DESC, article_id, trigger_start);
    CREATE INDEX event_type ON event(type);
    CREATE INDEX event_source_code ON event(source_code);
    CREATE INDEX event_target_code ON event(target_code);
    """
}

/// The SQL of each schema version.
///
/// Entities are corpus-wide: one row for "Ali Larijani" whichever article
/// names him. `merge_key` says what was merged: `person:ali larijani`, or
/// `local:ARTICLE:ID` for descriptions such as "the ministry" that only mean one
/// thing inside their article. Full-text tables index quote and article text,
/// and entity names (so that "Larijani" finds "Ali Larijani" through an index),
/// by external content, so the text is stored once.
enum Schema {
  static let v1 = """
    CREATE TABLE article (
      id INTEGER PRIMARY KEY,
      doc_id TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE,
      title TEXT,
      url TEXT,
      site TEXT,
      published TEXT,
      language TEXT,
      text TEXT NOT NULL,
      document TEXT NOT NULL,
      quote_count INTEGER NOT NULL,
      ingested_at TEXT NOT NULL
    );
    CREATE INDEX article_doc_id ON article(doc_id);
    CREATE INDEX article_published ON article(published);

    CREATE TABLE entity (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      type TEXT NOT NULL,
      merge_key TEXT NOT NULL UNIQUE,
      surname TEXT,
      roles TEXT NOT NULL DEFAULT '',
      quote_count INTEGER NOT NULL DEFAULT 0,
      article_count INTEGER NOT NULL DEFAULT 0,
      first_seen TEXT,
      last_seen TEXT
    );
    CREATE INDEX entity_surname ON entity(surname);
    CREATE INDEX entity_quotes ON entity(quote_count);

    CREATE TABLE article_entity (
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      local_id TEXT NOT NULL,
      entity_id INTEGER NOT NULL REFERENCES entity(id),
      mention_count INTEGER NOT NULL,
      PRIMARY KEY (article_id, local_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_entity_entity ON article_entity(entity_id);

    CREATE TABLE quote (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      local_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      text TEXT NOT NULL,
      speaker TEXT,
      entity_id INTEGER REFERENCES entity(id),
      cue TEXT,
      cue_lemma TEXT,
      parent TEXT,
      evidence TEXT NOT NULL,
      published TEXT
    );
    CREATE INDEX quote_article ON quote(article_id);
    CREATE INDEX quote_entity ON quote(entity_id, published);
    CREATE INDEX quote_order ON quote(published DESC, article_id, start);

    CREATE TABLE quote_about (
      quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
      entity_id INTEGER NOT NULL REFERENCES entity(id),
      PRIMARY KEY (quote_id, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX quote_about_entity ON quote_about(entity_id);

    CREATE VIRTUAL TABLE quote_fts USING fts5(
      text, speaker, content='quote', content_rowid='id', tokenize='porter unicode61');
    CREATE VIRTUAL TABLE article_fts USING fts5(
      title, text, content='article', content_rowid='id', tokenize='porter unicode61');
    CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
      INSERT INTO quote_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END;
    CREATE TRIGGER quote_fts_update AFTER UPDATE OF speaker ON quote BEGIN
      INSERT INTO quote_fts(quote_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
      INSERT INTO quote_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
    END;
    CREATE VIRTUAL TABLE entity_fts USING fts5(
      name, content='entity', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER entity_fts_insert AFTER INSERT ON entity BEGIN
      INSERT INTO entity_fts(rowid, name) VALUES (new.id, new.name);
    END;
    CREATE TRIGGER entity_fts_delete AFTER DELETE ON entity BEGIN
      INSERT INTO entity_fts(entity_fts, rowid, name) VALUES ('delete', old.id, old.name);
    END;
    CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
      INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """
}

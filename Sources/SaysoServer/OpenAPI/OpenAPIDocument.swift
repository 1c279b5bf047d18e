/// The OpenAPI 3.1 description of the JSON API, served at `/openapi.yaml`.
/// The same text is kept at the repository's root as `openapi.yaml`, for
/// readers and API tools; a test checks that the two agree, so neither drifts.
enum OpenAPIDocument {
  static let yaml = #"""
    openapi: 3.1.0
    info:
      title: Sayso API
      version: 1.0.0
      summary: Who said what in a corpus of news articles.
      description: |
        Read-only access to a Sayso database built by `sayso ingest`. Lists are paged with
        `limit` (1 to 1000) and `offset` and answer `{items, total, limit, offset}`. Offsets in
        articles are `[start, end)` in Unicode code points into the article text. Errors answer
        `{"error": {"message": ...}}`: 400 for a malformed parameter, 404 for an unknown id.
    servers:
      - url: http://127.0.0.1:8080
    paths:
      /api/quotes:
        get:
          summary: Stored quotes, newest first.
          operationId: listQuotes
          parameters:
            - $ref: '#/components/parameters/speaker'
            - $ref: '#/components/parameters/about'
            - name: q
              in: query
              description: Words the quote must contain (stemmed; all must occur). `search` is accepted too.
              schema: {type: string}
            - $ref: '#/components/parameters/since'
            - $ref: '#/components/parameters/until'
            - name: kind
              in: query
              schema: {type: string, enum: [direct, mixed, indirect]}
            - $ref: '#/components/parameters/limit'
            - $ref: '#/components/parameters/offset'
          responses:
            '200':
              description: A page of quotes.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/QuotePage'}
            '400': {$ref: '#/components/responses/BadRequest'}
      /api/speakers:
        get:
          summary: Speakers with at least one quote, most quoted first.
          operationId: listSpeakers
          parameters:
            - name: name
              in: query
              description: Whole words of the name (`q` is accepted too).
              schema: {type: string}
            - $ref: '#/components/parameters/limit'
            - $ref: '#/components/parameters/offset'
          responses:
            '200':
              description: A page of speakers.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/SpeakerPage'}
            '400': {$ref: '#/components/responses/BadRequest'}
      /api/speakers/{id}:
        get:
          summary: One speaker, their quotes over time, what they talk about and who quotes them.
          operationId: getSpeaker
          parameters:
            - name: id
              in: path
              required: true
              schema: {type: integer}
          responses:
            '200':
              description: The speaker's profile.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/SpeakerProfile'}
            '400': {$ref: '#/components/responses/BadRequest'}
            '404': {$ref: '#/components/responses/NotFound'}
      /api/articles/{id}:
        get:
          summary: One article with the whole analysed document.
          operationId: getArticle
          parameters:
            - name: id
              in: path
              required: true
              description: The article's doc_id or its number in the database.
              schema: {type: string}
          responses:
            '200':
              description: The article.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Article'}
            '404': {$ref: '#/components/responses/NotFound'}
      /api/search:
        get:
          summary: Full-text search over quotes and articles, best match first (BM25).
          operationId: search
          parameters:
            - name: q
              in: query
              required: true
              schema: {type: string}
            - name: limit
              in: query
              schema: {type: integer, minimum: 1, maximum: 1000, default: 20}
          responses:
            '200':
              description: Matching quotes and articles with snippets; matches are marked with [ and ].
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/SearchResults'}
            '400': {$ref: '#/components/responses/BadRequest'}
      /api/network:
        get:
          summary: The most quoted speakers linked to the entities named in their quotes.
          operationId: getNetwork
          parameters:
            - name: speakers
              in: query
              schema: {type: integer, minimum: 1, maximum: 500, default: 60}
          responses:
            '200':
              description: Nodes and links.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Network'}
            '400': {$ref: '#/components/responses/BadRequest'}
      /api/events:
        get:
          summary: Political events (PLOVER types) with coded actors, newest first by event date.
          operationId: listEvents
          parameters:
            - name: actor
              in: query
              description: An actor code (IRN for any Iranian actor, "IRN GOV" for its government) or a name in whole words.
              schema: {type: string}
            - name: a
              in: query
              description: With b, two ISO 3166 alpha-3 country codes; events between them, either way round.
              schema: {type: string, pattern: '^[A-Za-z]{3}$'}
            - name: b
              in: query
              schema: {type: string, pattern: '^[A-Za-z]{3}$'}
            - name: type
              in: query
              schema:
                type: string
                enum: [AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN,
                  PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT]
            - $ref: '#/components/parameters/since'
            - $ref: '#/components/parameters/until'
            - $ref: '#/components/parameters/limit'
            - $ref: '#/components/parameters/offset'
          responses:
            '200':
              description: A page of events.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/EventPage'}
            '400': {$ref: '#/components/responses/BadRequest'}
      /api/stats:
        get:
          summary: Counts of stored articles, quotes and speakers.
          operationId: getStats
          responses:
            '200':
              description: The counts.
              content:
                application/json:
                  schema:
                    type: object
                    required: [articles, quotes, speakers]
                    properties:
                      articles: {type: integer}
                      quotes: {type: integer}
                      speakers: {type: integer}
    components:
      parameters:
        speaker:
          name: speaker
          in: query
          description: The speaker's name or part of it in whole words, case-insensitive, or their id.
          schema: {type: string}
        about:
          name: about
          in: query
          description: A person, organisation or place named inside the quote.
          schema: {type: string}
        since:
          name: since
          in: query
          description: Articles published on or after this date.
          schema: {type: string, pattern: '^\d{4}(-\d{2}(-\d{2})?)?$'}
        until:
          name: until
          in: query
          description: Articles published on or before this date.
          schema: {type: string, pattern: '^\d{4}(-\d{2}(-\d{2})?)?$'}
        limit:
          name: limit
          in: query
          schema: {type: integer, minimum: 1, maximum: 1000, default: 50}
        offset:
          name: offset
          in: query
          schema: {type: integer, minimum: 0, default: 0}
      responses:
        BadRequest:
          description: A parameter could not be understood.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
        NotFound:
          description: No such id.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
      schemas:
        Error:
          type: object
          required: [error]
          properties:
            error:
              type: object
              required: [message]
              properties:
                message: {type: string}
        Quote:
          type: object
          required: [id, local_id, kind, text, roles, evidence, start, end, article_id, doc_id]
          properties:
            id: {type: integer}
            local_id: {type: string, description: The quote's id in its document, e.g. q3.}
            kind: {type: string, enum: [direct, mixed, indirect]}
            text: {type: string}
            speaker: {type: [string, 'null']}
            speaker_id: {type: [integer, 'null']}
            roles: {type: array, items: {type: string}}
            cue: {type: [string, 'null']}
            cue_lemma: {type: [string, 'null']}
            evidence: {type: string, description: The rule that attributed the quote.}
            start: {type: integer}
            end: {type: integer}
            parent: {type: [string, 'null'], description: The local id of the quote this one is nested in.}
            article_id: {type: integer}
            doc_id: {type: string}
            title: {type: [string, 'null']}
            site: {type: [string, 'null']}
            url: {type: [string, 'null']}
            published: {type: [string, 'null'], description: YYYY-MM-DD}
            snippet: {type: [string, 'null']}
        QuotePage:
          type: object
          required: [items, total, limit, offset]
          properties:
            items: {type: array, items: {$ref: '#/components/schemas/Quote'}}
            total: {type: integer}
            limit: {type: integer}
            offset: {type: integer}
        Speaker:
          type: object
          required: [id, name, type, roles, quote_count, article_count]
          properties:
            id: {type: integer}
            name: {type: string}
            type: {type: string, enum: [person, organisation, group, place]}
            roles: {type: array, items: {type: string}}
            quote_count: {type: integer}
            article_count: {type: integer}
            first_seen: {type: [string, 'null']}
            last_seen: {type: [string, 'null']}
        SpeakerPage:
          type: object
          required: [items, total, limit, offset]
          properties:
            items: {type: array, items: {$ref: '#/components/schemas/Speaker'}}
            total: {type: integer}
            limit: {type: integer}
            offset: {type: integer}
        Count:
          type: object
          required: [label, count]
          properties:
            label: {type: string}
            id: {type: [integer, 'null']}
            count: {type: integer}
        SpeakerProfile:
          type: object
          required: [speaker, by_month, about, quoted_by, quotes]
          properties:
            speaker: {$ref: '#/components/schemas/Speaker'}
            by_month: {type: array, items: {$ref: '#/components/schemas/Count'}}
            about: {type: array, items: {$ref: '#/components/schemas/Count'}}
            quoted_by: {type: array, items: {$ref: '#/components/schemas/Count'}}
            quotes: {type: array, items: {$ref: '#/components/schemas/Quote'}}
        Article:
          type: object
          required: [id, document, entity_ids, quote_ids]
          properties:
            id: {type: integer}
            published: {type: [string, 'null']}
            document:
              type: object
              description: The document as `sayso extract --format json` writes it (doc_id, text, title, quotes, entities, ...).
            entity_ids:
              type: object
              description: Each document entity id (e1) mapped to its speaker id in the corpus.
              additionalProperties: {type: integer}
            quote_ids:
              type: object
              description: Each document quote id (q1) mapped to its id in the corpus.
              additionalProperties: {type: integer}
        SearchResults:
          type: object
          required: [query, quotes, articles]
          properties:
            query: {type: string}
            quotes: {type: array, items: {$ref: '#/components/schemas/Quote'}}
            articles:
              type: array
              items:
                type: object
                required: [id, doc_id, snippet]
                properties:
                  id: {type: integer}
                  doc_id: {type: string}
                  title: {type: [string, 'null']}
                  published: {type: [string, 'null']}
                  snippet: {type: string}
        Network:
          type: object
          required: [nodes, links]
          properties:
            nodes:
              type: array
              items:
                type: object
                required: [id, name, type, quotes]
                properties:
                  id: {type: integer}
                  name: {type: string}
                  type: {type: string}
                  quotes: {type: integer}
            links:
              type: array
              items:
                type: object
                required: [source, target, weight]
                properties:
                  source: {type: integer}
                  target: {type: integer}
                  weight: {type: integer}
        Actor:
          type: object
          required: [text]
          properties:
            text: {type: string}
            code: {type: [string, 'null'], description: 'ISO 3166 alpha-3 country and sector, e.g. "IRN GOV".'}
            entity_id: {type: [integer, 'null']}
        Event:
          type: object
          required: [id, local_id, type, source, modality, evidence, sentence, article_id, doc_id]
          properties:
            id: {type: integer}
            local_id: {type: string}
            type: {type: string}
            mode: {type: [string, 'null']}
            source: {$ref: '#/components/schemas/Actor'}
            target:
              oneOf:
                - $ref: '#/components/schemas/Actor'
                - type: 'null'
            date: {type: [string, 'null']}
            location: {type: [string, 'null']}
            modality: {type: string, enum: [asserted, negated, hypothetical, future]}
            claimed_by: {type: [integer, 'null'], description: The id of the quote that reports the event.}
            claimed_by_speaker: {type: [string, 'null']}
            evidence: {type: string}
            sentence: {type: string}
            article_id: {type: integer}
            doc_id: {type: string}
            title: {type: [string, 'null']}
            url: {type: [string, 'null']}
            published: {type: [string, 'null']}
        EventPage:
          type: object
          required: [items, total, limit, offset]
          properties:
            items: {type: array, items: {$ref: '#/components/schemas/Event'}}
            total: {type: integer}
            limit: {type: integer}
            offset: {type: integer}
    """#
}

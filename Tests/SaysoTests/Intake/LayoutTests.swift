import Testing

@testable import Sayso

/// Headline, dateline, body and the scraper residue around them.
struct LayoutTests {
  static let article = """
    Ferry Link to Islands Will Reopen in Spring: Quist

    Ferry Link to Islands Will Reopen in Spring: Quist

    NORTH HAVEN (Island Wire) – Mayor Lena Quist said on Monday that the ferry link to the outer islands would reopen in the spring.

    “The new pier is almost finished,” Quist said. “We only need calm weather.”

    Island councils have asked for the link for three winters.

    More in Regions
    Latest Headlines
    """

  @Test func titleIsTheFirstLine() throws {
    let doc = analyze(Self.article)
    #expect(doc.title == "Ferry Link to Islands Will Reopen in Spring: Quist")
    let span = try #require(doc.titleSpan)
    #expect(span.start == 0)
    #expect(doc.slice(span) == doc.title)
  }

  @Test func repeatedTitleIsBoilerplateOutsideTheBody() throws {
    let doc = analyze(Self.article)
    let repeated = doc.boilerplate.filter { $0.kind == .repeatedTitle }
    #expect(repeated.count == 1)
    let record = try #require(repeated.first)
    #expect(record.text == doc.title)
    #expect(record.start > (doc.titleSpan?.end ?? 0))
    #expect(record.end <= doc.body.start)
    #expect(doc.slice(TextSpan(record.start, record.end)) == record.text)
  }

  @Test func datelinePlaceAndSource() throws {
    let doc = analyze(Self.article)
    let dateline = try #require(doc.dateline)
    #expect(dateline.place == "NORTH HAVEN")
    #expect(dateline.source == "Island Wire")
    #expect(dateline.start == doc.offset(of: "NORTH HAVEN"))
    #expect(doc.slice(TextSpan(dateline.start, dateline.end)).hasSuffix("–"))
  }

  @Test func aTitleCasePlaceWithItsAgencyIsADateline() throws {
    let text =
      "Ruiz hits back at Okafor over ferries.\n\nPort Ellis (Island Wire) \u{2013} Mayor Ana Ruiz has hit "
      + "back at her rival, saying that \u{201C}cheap slogans\u{201D} will not run a ferry.\n"
    let doc = analyze(text)
    let dateline = try #require(doc.dateline)
    #expect(dateline.place == "Port Ellis")
    #expect(dateline.source == "Island Wire")
    #expect(doc.quote(containing: "cheap slogans")?.speaker == "Ana Ruiz")
  }

  @Test func aTitleCaseNameAndADashIsNoDateline() {
    let doc = analyze("Harbour vote\n\nAna Ruiz \u{2013} the mayor since 2019 \u{2013} said the vote would stand.\n")
    #expect(doc.dateline == nil)
  }

  @Test func sentenceOpeningWithAnAcronymIsNoDateline() {
    // The hyphen of "two-day" is far from "UN": no wire dateline here.
    let doc = analyze("UN envoys praised the harbour accord after a two-day meeting in the port.")
    #expect(doc.dateline == nil)
    #expect(doc.event(.support) != nil)
  }

  @Test func hyphenatedTitleIsNoDatelineDash() {
    // "U.N. Secretary-General" opens a sentence; its hyphen closes no dateline.
    let doc = analyze("U.N. Secretary-General Ana Ruiz said on Monday that the port would reopen.")
    #expect(doc.dateline == nil)
    #expect(doc.quotes.first?.speaker == "Ana Ruiz")
  }

  @Test func datelineWithDate() throws {
    let doc = analyze(
      "Storm Closes Port\n\nNORTH HAVEN, Nov. 19 (Island Wire) – The port closed on Tuesday as the storm hit.")
    let dateline = try #require(doc.dateline)
    #expect(dateline.place == "NORTH HAVEN")
    #expect(dateline.date == "Nov. 19")
    #expect(dateline.source == "Island Wire")
  }

  @Test func linkListUnderANavigationHeaderIsBoilerplate() throws {
    let text = """
      Ferry fares frozen for winter

      The island ferry operator froze fares until March, the council said on Monday.

      Most Read
      Storm warning issued for the northern coast
      New harbour master appointed
      """
    let doc = analyze(text)
    let navigation = doc.boilerplate.filter { $0.kind == .navigation }.map(\.text)
    #expect(navigation == ["Most Read", "Storm warning issued for the northern coast", "New harbour master appointed"])
    #expect(doc.slice(doc.body).hasSuffix("on Monday."))
  }

  @Test func trailingNavigationIsBoilerplateOutsideTheBody() throws {
    let doc = analyze(Self.article)
    let navigation = doc.boilerplate.filter { $0.kind == .navigation }
    #expect(navigation.map(\.text) == ["More in Regions", "Latest Headlines"])
    for record in navigation { #expect(record.start >= doc.body.end) }
    #expect(doc.slice(doc.body).hasSuffix("three winters."))
    #expect(doc.quotes.allSatisfy { $0.end <= doc.body.end })
  }

  @Test func headlineCaseLineAfterBodyIsNavigationButSentenceIsNot() {
    let doc = analyze("Port Reopens\n\nThe port reopened on Tuesday.\n\nShips Return to the Harbour")
    #expect(doc.boilerplate.contains { $0.text == "Ships Return to the Harbour" })
    #expect(!doc.boilerplate.contains { $0.text.contains("reopened") })
  }

  @Test func headlineSpeakerAfterColon() throws {
    let doc = analyze(Self.article)
    let speaker = try #require(doc.headlineSpeaker)
    #expect(speaker.name == "Lena Quist")
    #expect(doc.slice(TextSpan(speaker.start, speaker.end)) == "Quist")
    let entity = try #require(doc.entity(named: "Lena Quist"))
    #expect(speaker.entity == entity.id)
  }

  @Test func headlineWithoutColonHasNoSpeaker() {
    let doc = analyze("Ferry Link Will Reopen in Spring\n\nThe ferry link will reopen in spring, officials said.")
    #expect(doc.headlineSpeaker == nil)
  }

  @Test func leftoverMarkupIsBoilerplateAndItsQuotesAreIgnored() throws {
    let text = """
      Harbour Board Meets

      The board met on Tuesday.

      <post author="@harbourwatch" date="May 2">Dredging starts soon</post>

      “We are ready,” the chairwoman said.
      """
    let doc = analyze(text)
    let markup = doc.boilerplate.filter { $0.kind == .markup }
    #expect(markup.count == 2)
    #expect(doc.quotes.count == 1)
    #expect(doc.quotes.first?.text.contains("We are ready") == true)
  }

  @Test func datelineWithOnlyTheAgency() throws {
    let doc = analyze("Ferry Strike Ends\n\n(Coastline News) – The ferry strike ended on Monday, the union said.")
    let dateline = try #require(doc.dateline)
    #expect(dateline.place == nil)
    #expect(dateline.source == "Coastline News")
  }
}

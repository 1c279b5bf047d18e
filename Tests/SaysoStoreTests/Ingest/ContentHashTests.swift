import Testing

@testable import SaysoStore

/// Content fingerprints: stable, sensitive to any change, same for text and bytes.
struct ContentHashTests {
  @Test func sameTextSameHash() {
    #expect(ContentHash.of("Talks resumed.") == ContentHash.of("Talks resumed."))
    #expect(ContentHash.of("Talks resumed.").count == 32)
  }

  @Test func oneCharacterChangesTheHash() {
    #expect(ContentHash.of("Talks resumed.") != ContentHash.of("Talks resumed!"))
    #expect(ContentHash.of("") != ContentHash.of(" "))
    // Longer than one 8-byte word, differing only in the tail.
    #expect(ContentHash.of("The minister said yes") != ContentHash.of("The minister said no!"))
  }

  @Test func textAndItsBytesAgree() {
    let text = "Çağlar said “yes”."
    #expect(ContentHash.of(text) == ContentHash.of(Array(text.utf8)))
  }
}

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Sayso",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Sayso", targets: ["Sayso"]),
    .executable(name: "sayso", targets: ["sayso"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
  ],
  targets: [
    // The engine: a pure function from article text to a `Document`.
    .target(name: "Sayso"),
    // libxml2's HTML parser, with a small shim for what Swift cannot call directly.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    // zlib, for gzip files and per-record gzip WARC archives.
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // Web pages and archives to clean articles: HTML extraction, WARC and gzip reading.
    .target(name: "SaysoIntake", dependencies: ["Sayso", "CLibXML2", "CZlib"]),
    // The corpus: articles, quotes and speakers in SQLite, with full-text search.
    .target(name: "SaysoStore", dependencies: ["Sayso", .product(name: "GRDB", package: "GRDB.swift")]),
    // The JSON API and the web UI over a store.
    .target(
      name: "SaysoServer",
      dependencies: [
        "SaysoStore", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
    // Input reading, output formatting and the command-line commands.
    .target(
      name: "SaysoCommand",
      dependencies: [
        "Sayso",
        "SaysoIntake",
        "SaysoStore",
        "SaysoServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "sayso", dependencies: ["SaysoCommand"]),
    .testTarget(name: "SaysoTests", dependencies: ["Sayso"]),
    .testTarget(name: "SaysoIntakeTests", dependencies: ["SaysoIntake"]),
    .testTarget(name: "SaysoCommandTests", dependencies: ["SaysoCommand", "Sayso"]),
    .testTarget(name: "SaysoStoreTests", dependencies: ["SaysoStore", "Sayso"]),
    .testTarget(
      name: "SaysoServerTests",
      dependencies: [
        "SaysoServer", "SaysoStore", "Sayso",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
  ]
)

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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The engine: a pure function from article text to a `Document`.
    .target(name: "Sayso"),
    // Input reading, output formatting and the command-line commands.
    .target(
      name: "SaysoCommand",
      dependencies: [
        "Sayso",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "sayso", dependencies: ["SaysoCommand"]),
    .testTarget(name: "SaysoTests", dependencies: ["Sayso"]),
    .testTarget(name: "SaysoCommandTests", dependencies: ["SaysoCommand", "Sayso"]),
  ]
)

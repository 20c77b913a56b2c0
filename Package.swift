// swift-tools-version: 6.0
import PackageDescription

// Linux is the supported platform (built and tested on Debian): the code uses Glibc, ncursesw and
// /proc directly. No `platforms:` entry, since SwiftPM lists only Apple platforms there.

let package = Package(
    name: "Newsdesk",
    products: [
        .executable(name: "newsdesk", targets: ["newsdesk"]),
        .library(name: "NewsKit", targets: ["NewsKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "NewsKit",
            dependencies: ["CLibXML2", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources/Lexicon")]
        ),
        .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
        // The only target that talks to the network.
        .target(name: "NewsFetch", dependencies: ["NewsKit"]),
        // A small HTTP server on 127.0.0.1 for the tests and `newsdesk bench`.
        .target(name: "LoopbackHTTP"),
        .target(name: "NewsdeskApp", dependencies: ["NewsKit", "NewsFetch", "TerminalUI"]),
        .executableTarget(
            name: "newsdesk",
            dependencies: [
                "NewsKit",
                "NewsFetch",
                "LoopbackHTTP",
                "NewsdeskApp",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NewsKitTests", dependencies: ["NewsKit", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "NewsFetchTests", dependencies: ["NewsFetch", "NewsKit", "LoopbackHTTP"]),
        .testTarget(name: "NewsdeskAppTests", dependencies: ["NewsdeskApp", "NewsKit", "TerminalUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["newsdesk", "NewsKit", "LoopbackHTTP"]),
    ],
    swiftLanguageModes: [.v6]
)

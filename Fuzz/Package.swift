// swift-tools-version: 6.0
// The libFuzzer target for NewsKit, kept out of the main package so that `swift build` and `swift test`
// never compile it. Build and run it with `Scripts/fuzz.sh`.
import PackageDescription

let package = Package(
    name: "NewsdeskFuzz",
    dependencies: [
        .package(name: "Newsdesk", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "NewsdeskFuzz",
            dependencies: ["CLibFuzzer", .product(name: "NewsKit", package: "Newsdesk")]
        ),
        .target(name: "CLibFuzzer"),
    ],
    swiftLanguageModes: [.v6]
)

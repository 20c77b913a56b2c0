import ArgumentParser
import Foundation
import NewsKit

/// The sample articles that ship with Newsdesk: the `Fixtures` folder of the source tree, found from
/// this file's own path so that it does not matter where `newsdesk` is started from.
enum SampleCorpus {
    static var folder: String? {
        let fixtures = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fixtures.path, isDirectory: &isFolder), isFolder.boolValue
        else { return nil }
        return fixtures.path
    }

    /// The bundled sample articles: the seed articles at the top of `Fixtures` (the layout and analysis
    /// fixtures in its subfolders are test data).
    static func articlePaths() throws -> [String] {
        guard let folder else {
            throw ValidationError("the bundled sample articles are not here (no Fixtures folder beside the sources); name a file or folder to read")
        }
        return try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { ArticleLoader.textExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { folder + "/" + $0 }
    }
}

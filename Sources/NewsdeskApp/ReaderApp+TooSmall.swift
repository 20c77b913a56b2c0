import TerminalUI

extension ReaderApp {
    /// A window too small for the reader: the clearest message that fits whole, centred. From
    /// "Window too small: 29×7, need 30×8" down to "!" in a window of one cell.
    static func tooSmallFrame(width: Int, height: Int, style: Style) -> Frame {
        var frame = Frame(width: width, height: height)
        let need = "\(minimumSize.width)×\(minimumSize.height)"
        let messages = [
            ["Window too small:", "\(width)×\(height), need \(need)"],
            ["Window too small", "need \(need)"],
            ["Window too small"],
            ["Window", "too small", "need \(need)"],
            ["Window", "too small"],
            ["Too small"],
            ["Too", "small"],
            ["Small"],
            ["!"],
        ]
        guard let message = messages.first(where: { lines in
            lines.count <= height && lines.allSatisfy { CellWidth.of($0) <= width }
        }) else { return frame }
        let top = (height - message.count) / 2
        for (n, line) in message.enumerated() {
            frame.put(line, x: (width - CellWidth.of(line)) / 2, y: top + n, style: style)
        }
        return frame
    }
}

import CNcursesw
import Glibc

/// Cell widths follow the locale (`wcwidth` of LC_CTYPE): every suite here sets C.UTF-8 through this,
/// once for the process, rather than each test again (setlocale is not thread-safe, and a storm test
/// calling wcwidth a million times meanwhile saw the C locale's widths).
enum UTF8Locale {
    static let set: Void = { _ = setlocale(LC_CTYPE, "C.UTF-8") }()
    static var isSet: Bool { _ = set; return wcwidth(wchar_t(0x6771)) == 2 }
}

#ifndef NEWSDESK_CNCURSESW_SHIM_H
#define NEWSDESK_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE; without a wide-char define there is no cchar_t or wget_wch.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <string.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t c);

static inline WINDOW *newsdesk_stdscr(void) { return stdscr; }
static inline int newsdesk_lines(void) { return LINES; }
static inline int newsdesk_cols(void) { return COLS; }
static inline int newsdesk_colors(void) { return COLORS; }
static inline int newsdesk_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t newsdesk_a_normal(void) { return A_NORMAL; }
static inline attr_t newsdesk_a_bold(void) { return A_BOLD; }
static inline attr_t newsdesk_a_reverse(void) { return A_REVERSE; }
static inline attr_t newsdesk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t newsdesk_a_dim(void) { return A_DIM; }
static inline attr_t newsdesk_a_italic(void) { return A_ITALIC; }

static inline mmask_t newsdesk_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t newsdesk_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t newsdesk_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t newsdesk_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t newsdesk_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t newsdesk_wheel_down(void) { return BUTTON5_PRESSED; }

static inline int newsdesk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int newsdesk_key_resize(void) { return KEY_RESIZE; }
static inline int newsdesk_key_mouse(void) { return KEY_MOUSE; }
// Whether the terminal type can move the cursor to a place (`cup`): `dumb` and printing terminals cannot.
static inline int newsdesk_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}
static inline int newsdesk_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif

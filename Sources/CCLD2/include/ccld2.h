#ifndef CCLD2_H
#define CCLD2_H
#ifdef __cplusplus
extern "C" {
#endif

/// Detects the language of UTF-8 `text` with Compact Language Detector 2. Writes the ISO 639-1
/// code (or CLD2's code, e.g. "zh-Hant") into `code` (NUL-terminated, at most `capacity` bytes),
/// and sets `reliable` and `percent` (share of the text in that language). Returns 0 when the
/// language is unknown, 1 otherwise. Invalid UTF-8 gives unknown.
int sl_cld2_detect(const char *text, int length, char *code, int capacity, int *reliable, int *percent);

/// The same with CLD2's best-effort flag (a guess even for a few words), giving the top three
/// languages' codes (`codes` holds three NUL-terminated slots of 16 bytes) and their shares of the text.
int sl_cld2_detect_best_effort(const char *text, int length, char *codes, int *percents, int *reliable);

#ifdef __cplusplus
}
#endif
#endif

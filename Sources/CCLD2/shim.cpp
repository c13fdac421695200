// A C entry point over CLD2's C++ API, so Swift can call it.
#include <cstdio>
#include <cstring>
#include <cld2/public/compact_lang_det.h>
#include "ccld2.h"

namespace CLD2 { const char *LanguageCode(Language lang); }

// One CLD2 call: the best language, the top three with their shares, and whether it is reliable.
static CLD2::Language detect(const char *text, int length, int flags, CLD2::Language top3[3], int percent3[3], int *reliable) {
    bool isReliable = false;
    int textBytes = 0;
    int validPrefix = 0;
    CLD2::CLDHints hints = {nullptr, nullptr, 0, CLD2::UNKNOWN_LANGUAGE};
    double scores[3];
    CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        text, length, true, &hints, flags, top3, percent3, scores, nullptr, &textBytes, &isReliable, &validPrefix);
    *reliable = isReliable ? 1 : 0;
    return lang;
}

static void copyCode(CLD2::Language lang, char *out, int capacity) {
    const char *c = CLD2::LanguageCode(lang);
    std::strncpy(out, c ? c : "un", capacity - 1);
    out[capacity - 1] = 0;
}

extern "C" int sl_cld2_detect(const char *text, int length, char *code, int capacity, int *reliable, int *percent) {
    CLD2::Language top3[3];
    int percent3[3];
    CLD2::Language lang = detect(text, length, 0, top3, percent3, reliable);
    *percent = percent3[0];
    copyCode(lang, code, capacity);
    return lang == CLD2::UNKNOWN_LANGUAGE ? 0 : 1;
}

extern "C" int sl_cld2_detect_best_effort(const char *text, int length, char *codes, int *percents, int *reliable) {
    CLD2::Language top3[3];
    CLD2::Language lang = detect(text, length, CLD2::kCLDFlagBestEffort, top3, percents, reliable);
    for (int i = 0; i < 3; i++) copyCode(top3[i], codes + 16 * i, 16);
    return lang == CLD2::UNKNOWN_LANGUAGE ? 0 : 1;
}

// A C entry point over CLD2's C++ API, so Swift can call it.
#include <cstdio>
#include <cstring>
#include <cld2/public/compact_lang_det.h>
#include "ccld2.h"

namespace CLD2 { const char *LanguageCode(Language lang); }

extern "C" int sl_cld2_detect(const char *text, int length, char *code, int capacity, int *reliable, int *percent) {
    bool isReliable = false;
    CLD2::Language top3[3];
    int percent3[3];
    int textBytes = 0;
    int validPrefix = 0;
    CLD2::CLDHints hints = {nullptr, nullptr, 0, CLD2::UNKNOWN_LANGUAGE};
    double scores[3];
    CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        text, length, true, &hints, 0, top3, percent3, scores, nullptr, &textBytes, &isReliable, &validPrefix);
    *reliable = isReliable ? 1 : 0;
    *percent = percent3[0];
    const char *c = CLD2::LanguageCode(lang);
    std::strncpy(code, c ? c : "un", capacity - 1);
    code[capacity - 1] = 0;
    return lang == CLD2::UNKNOWN_LANGUAGE ? 0 : 1;
}

extern "C" int sl_cld2_detect_best_effort(const char *text, int length, char codes[3][16], int *percents, int *reliable) {
    bool isReliable = false;
    CLD2::Language top3[3];
    int percent3[3];
    int textBytes = 0;
    int validPrefix = 0;
    CLD2::CLDHints hints = {nullptr, nullptr, 0, CLD2::UNKNOWN_LANGUAGE};
    double scores[3];
    CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        text, length, true, &hints, CLD2::kCLDFlagBestEffort, top3, percent3, scores, nullptr, &textBytes, &isReliable, &validPrefix);
    *reliable = isReliable ? 1 : 0;
    for (int i = 0; i < 3; i++) {
        const char *c = CLD2::LanguageCode(top3[i]);
        std::strncpy(codes[i], c ? c : "un", 15);
        codes[i][15] = 0;
        percents[i] = percent3[i];
    }
    return lang == CLD2::UNKNOWN_LANGUAGE ? 0 : 1;
}

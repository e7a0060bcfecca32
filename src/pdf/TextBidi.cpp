#include "TextBidi.h"

#include "core/Error.h"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>

#include <memory>

namespace reclama::pdf {
namespace {

std::string ToUtf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool IsArabic(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    return U_SUCCESS(status) && script == USCRIPT_ARABIC;
}

icu::UnicodeString Shape(const icu::UnicodeString& in) {
    bool arabic = false;
    for (int32_t i = 0; i < in.length() && !arabic; i = in.moveIndex32(i, 1)) arabic = IsArabic(in.char32At(i));
    if (!arabic) return in;
    UErrorCode status = U_ZERO_ERROR;
    const uint32_t options = U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL | U_SHAPE_LENGTH_GROW_SHRINK;
    int32_t length = u_shapeArabic(in.getBuffer(), in.length(), nullptr, 0, options, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return in;
    status = U_ZERO_ERROR;
    icu::UnicodeString out;
    UChar* buffer = out.getBuffer(length);
    length = u_shapeArabic(in.getBuffer(), in.length(), buffer, length, options, &status);
    out.releaseBuffer(U_SUCCESS(status) ? length : 0);
    return U_SUCCESS(status) ? out : in;
}

struct BidiCloser {
    void operator()(UBiDi* b) const { ubidi_close(b); }
};

} // namespace

bool HasRightToLeft(const std::string& utf8) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        auto dir = u_charDirection(u.char32At(i));
        if (dir == U_RIGHT_TO_LEFT || dir == U_RIGHT_TO_LEFT_ARABIC) return true;
    }
    return false;
}

std::string ShapeArabic(const std::string& utf8) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    icu::UnicodeString shaped = Shape(u);
    return shaped == u ? utf8 : ToUtf8(shaped);
}

std::vector<VisualRun> VisualRuns(const std::string& utf8Line) {
    if (!HasRightToLeft(utf8Line)) return {VisualRun{utf8Line, utf8Line, false, 0}};
    icu::UnicodeString line = icu::UnicodeString::fromUTF8(utf8Line);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBiDi, BidiCloser> bidi(ubidi_openSized(line.length(), 0, &status));
    ubidi_setPara(bidi.get(), line.getBuffer(), line.length(), UBIDI_DEFAULT_LTR, nullptr, &status);
    int32_t count = ubidi_countRuns(bidi.get(), &status);
    if (U_FAILURE(status)) throw Error(std::string("cannot order right-to-left text: ") + u_errorName(status));
    std::vector<VisualRun> runs;
    for (int32_t r = 0; r < count; ++r) {
        int32_t start = 0, length = 0;
        UBiDiDirection dir = ubidi_getVisualRun(bidi.get(), r, &start, &length);
        icu::UnicodeString logical(line, start, length);
        VisualRun run;
        run.logical = ToUtf8(logical);
        run.logicalStart = ToUtf8(icu::UnicodeString(line, 0, start)).size();
        run.rightToLeft = dir == UBIDI_RTL;
        if (!run.rightToLeft) {
            run.visual = run.logical;
        } else {
            icu::UnicodeString shaped = Shape(logical);
            icu::UnicodeString reversed;
            UErrorCode s = U_ZERO_ERROR;
            UChar* buffer = reversed.getBuffer(shaped.length());
            int32_t n = ubidi_writeReverse(shaped.getBuffer(), shaped.length(), buffer, shaped.length(),
                                           UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &s);
            reversed.releaseBuffer(U_SUCCESS(s) ? n : 0);
            run.visual = ToUtf8(reversed);
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

} // namespace reclama::pdf

#pragma once
// What every pane needs besides the case: how to write numbers and dates, and which day is today.

#include "core/EventTime.h"
#include "core/Format.h"
#include "core/Model.h"

namespace reclama::gui {

struct ViewContext {
    core::FormatLocale locale; // the interface language with the case's country
    core::Date today;
};

// The interface language ("es", "en") combined with the case's jurisdiction.
inline core::FormatLocale LocaleFor(const std::string& uiLanguage, const core::Case& c) {
    return core::FormatLocale{uiLanguage, c.jurisdiction.empty() ? "ES" : c.jurisdiction};
}

} // namespace reclama::gui

// Pre-flight and section wording.
#include "PreflightText.h"

#include "WxText.h"

#include <wx/filename.h>
#include <wx/intl.h>

namespace reclama::gui {

namespace {
wxString OneLine(const std::string& text) {
    wxString s = ToWx(text);
    s.Replace("\n", " ");
    return s;
}
wxString Size(std::int64_t bytes) {
    return wxFileName::GetHumanReadableSize(wxULongLong(static_cast<unsigned long long>(bytes)));
}
} // namespace

wxString DescribePreflight(const jobs::PreflightItem& item) {
    switch (item.kind) {
    case jobs::PreflightKind::PromiseWithoutDueDate:
        return wxString::Format(_(L"Promise without a due date: \u201C%s\u201D"),
                                OneLine(item.subject));
    case jobs::PreflightKind::ContactWithoutReference:
        return wxString::Format(_(L"No reference number from the company: \u201C%s\u201D"),
                                OneLine(item.subject));
    case jobs::PreflightKind::UnreadableExhibit:
        return wxString::Format(
            _(L"\u201C%s\u201D cannot be read, so its pages will be missing from the dossier: %s"),
            OneLine(item.subject), OneLine(item.detail));
    case jobs::PreflightKind::OverSizeCap:
        return wxString::Format(
            _("The attachments add up to %s, over this recipient's limit of %s per file."),
            Size(item.bytes), Size(item.capBytes));
    }
    return ToWx(item.message);
}

wxString SectionLabel(const std::string& key) {
    if (key == "cover") return _("Cover");
    if (key == "contents") return _("Contents");
    if (key == "parties") return _("Parties");
    if (key == "summary") return _("Summary of the claim");
    if (key == "facts") return _("Statement of facts");
    if (key == "chronology") return _("Chronology");
    if (key == "promises") return _("Broken promises");
    if (key == "money") return _("Financial summary");
    if (key == "complaints") return _("Prior complaints and answers");
    if (key == "deadlines") return _("Deadlines");
    if (key == "remedy") return _("Remedy sought");
    if (key == "exhibits") return _("Exhibit index");
    if (key == "declaration") return _("Declaration and signature");
    return ToWx(key);
}

} // namespace reclama::gui

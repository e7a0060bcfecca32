// Export dialog.
#include "ExportDialog.h"

#include "ErrorReport.h"
#include "WxText.h"
#include "core/Error.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/filepicker.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/progdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

namespace reclama::gui {

namespace {

struct SectionInfo {
    const char* key;
    wxString label;
};

std::vector<SectionInfo> Sections() {
    return {{"cover", _("Cover")},
            {"contents", _("Contents")},
            {"parties", _("Parties")},
            {"summary", _("Summary of the claim")},
            {"facts", _("Statement of facts")},
            {"chronology", _("Chronology")},
            {"broken_promises", _("Broken promises")},
            {"money", _("Financial summary")},
            {"complaints", _("Prior complaints and answers")},
            {"deadlines", _("Deadlines")},
            {"remedy", _("Remedy sought")},
            {"exhibit_index", _("Exhibit index")},
            {"declaration", _("Declaration and signature")},
            {"exhibits", _("Exhibits")}};
}

// Forwards the job's progress to a wxProgressDialog; Cancel there cancels the job.
class DialogProgress : public jobs::Progress {
public:
    explicit DialogProgress(wxProgressDialog& dialog) : m_dialog(dialog) {}
    void Report(double fraction, const std::string& message) override {
        const int value = std::clamp(static_cast<int>(fraction * 1000), 0, 999);
        if (!m_dialog.Update(value, ToWx(message))) m_cancelled = true;
    }
    bool Cancelled() const override { return m_cancelled || m_dialog.WasCancelled(); }

private:
    wxProgressDialog& m_dialog;
    bool m_cancelled = false;
};

std::string SafeFileName(const std::string& title) {
    std::string out;
    for (char ch : title) out += (ch == '/' || ch == '\\' || ch == ':') ? '-' : ch;
    return out.empty() ? "dossier" : out;
}

} // namespace

ExportDialog::ExportDialog(wxWindow* parent, CaseRepository& repo, const core::Case& c,
                           const core::Date& today, const std::string& uiLanguage)
    : wxDialog(parent, wxID_ANY, _("Export PDF dossier"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_repo(repo), m_case(c), m_today(today) {
    const int gap = FromDIP(6);
    m_profiles = repo.Profiles();
    if (m_profiles.empty()) m_profiles.push_back("generic");

    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1, 1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    label(_("Recipient profile"));
    m_profile = new wxChoice(this, wxID_ANY);
    for (const auto& p : m_profiles) m_profile->Append(ToWx(p));
    m_profile->SetSelection(0);
    grid->Add(m_profile, 0, wxEXPAND);
    label(_("Dossier language"));
    m_language = new wxChoice(this, wxID_ANY);
    m_language->Append(_("Spanish"));
    m_language->Append(_("English"));
    m_language->SetSelection((c.language.empty() ? uiLanguage : c.language) == "en" ? 1 : 0);
    grid->Add(m_language, 0);
    label(_("Save as"));
    const wxString defaultDir = wxStandardPaths::Get().GetDocumentsDir();
    m_output = new wxFilePickerCtrl(this, wxID_ANY,
                                    wxFileName(defaultDir, ToWx(SafeFileName(c.title)) + ".pdf")
                                        .GetFullPath(),
                                    _("Save the dossier as"), "PDF (*.pdf)|*.pdf",
                                    wxDefaultPosition, wxSize(FromDIP(380), -1),
                                    wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);
    grid->Add(m_output, 1, wxEXPAND);
    grid->AddSpacer(0);
    m_evidence = new wxCheckBox(this, wxID_ANY,
                                _("Also write the evidence package (ZIP of the originals)"));
    grid->Add(m_evidence, 0);

    auto* sectionsBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Sections"));
    m_sections = new wxCheckListBox(sectionsBox->GetStaticBox(), wxID_ANY, wxDefaultPosition,
                                    wxSize(FromDIP(230), FromDIP(260)));
    for (const auto& s : Sections()) {
        m_sectionKeys.push_back(s.key);
        m_sections->Check(m_sections->Append(s.label), true);
    }
    sectionsBox->Add(m_sections, 1, wxEXPAND | wxALL, gap);

    auto* preflightBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Before you send it"));
    m_preflight = new wxListCtrl(preflightBox->GetStaticBox(), wxID_ANY, wxDefaultPosition,
                                 wxSize(FromDIP(420), FromDIP(260)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_preflight->AppendColumn(_("Record"), wxLIST_FORMAT_LEFT, FromDIP(70));
    m_preflight->AppendColumn(_("What to check"), wxLIST_FORMAT_LEFT, FromDIP(340));
    preflightBox->Add(m_preflight, 1, wxEXPAND | wxALL, gap);

    auto* middle = new wxBoxSizer(wxHORIZONTAL);
    middle->Add(sectionsBox, 0, wxEXPAND | wxRIGHT, gap);
    middle->Add(preflightBox, 1, wxEXPAND);

    m_result = new wxStaticText(this, wxID_ANY, wxString());
    m_export = new wxButton(this, wxID_OK, _("&Export"));
    m_openPdf = new wxButton(this, wxID_ANY, _("&Open PDF"));
    m_showFolder = new wxButton(this, wxID_ANY, _("Show in &folder"));
    auto* close = new wxButton(this, wxID_CANCEL, _("Close"));
    m_openPdf->Disable();
    m_showFolder->Disable();
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_openPdf, 0, wxRIGHT, gap);
    buttons->Add(m_showFolder, 0, wxRIGHT, gap);
    buttons->AddStretchSpacer();
    buttons->Add(m_export, 0, wxRIGHT, gap);
    buttons->Add(close, 0);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap * 2);
    sizer->Add(middle, 1, wxEXPAND | wxLEFT | wxRIGHT, gap * 2);
    sizer->Add(m_result, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap * 2);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap * 2);
    SetSizerAndFit(sizer);
    m_export->SetDefault();

    auto refresh = [this](wxCommandEvent&) { RefreshPreflight(); };
    m_profile->Bind(wxEVT_CHOICE, refresh);
    m_language->Bind(wxEVT_CHOICE, refresh);
    m_sections->Bind(wxEVT_CHECKLISTBOX, refresh);
    m_export->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { RunExport(); });
    m_openPdf->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!m_written.empty()) wxLaunchDefaultApplication(ToWx(m_written.front().string()));
    });
    m_showFolder->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!m_written.empty())
            wxLaunchDefaultApplication(ToWx(m_written.front().parent_path().string()));
    });
    RefreshPreflight();
}

jobs::ExportOptions ExportDialog::Options() const {
    jobs::ExportOptions o;
    o.out = std::filesystem::path(ToUtf8(m_output->GetPath()));
    o.profile = m_profiles[std::max(0, m_profile->GetSelection())];
    o.language = m_language->GetSelection() == 1 ? "en" : "es";
    bool all = true;
    std::vector<std::string> chosen;
    for (unsigned i = 0; i < m_sections->GetCount(); ++i) {
        if (m_sections->IsChecked(i))
            chosen.push_back(m_sectionKeys[i]);
        else
            all = false;
    }
    if (!all) o.sections = chosen; // all checked: the profile decides
    if (m_evidence->GetValue()) {
        std::filesystem::path zip = o.out;
        zip.replace_extension(".zip");
        o.evidenceZip = zip;
    }
    o.today = m_today;
    return o;
}

void ExportDialog::SetOutput(const std::filesystem::path& pdf) {
    m_output->SetPath(ToWx(pdf.string()));
}

void ExportDialog::RefreshPreflight() {
    m_preflight->DeleteAllItems();
    std::vector<jobs::PreflightItem> items;
    if (!Guarded(this, [&] { items = m_repo.Preflight(m_case.id, Options()); })) return;
    long row = 0;
    for (const auto& item : items) {
        m_preflight->InsertItem(row, ToWx(item.handle));
        m_preflight->SetItem(row, 1, ToWx(item.message));
        if (item.blocking) m_preflight->SetItemTextColour(row, wxColour(0x9b, 0x1c, 0x1c));
        ++row;
    }
    if (items.empty()) {
        m_preflight->InsertItem(0, wxString());
        m_preflight->SetItem(0, 1, _("Nothing to fix: the dossier is ready."));
    }
}

bool ExportDialog::RunExport() {
    m_written.clear();
    m_openPdf->Disable();
    m_showFolder->Disable();
    const jobs::ExportOptions options = Options();
    if (options.out.empty()) {
        ShowError(this, _("Choose where to save the PDF."));
        return false;
    }
    wxProgressDialog progressDialog(_("Exporting"), _(L"Preparing the dossier…"), 1000, this,
                                    wxPD_CAN_ABORT | wxPD_APP_MODAL | wxPD_AUTO_HIDE |
                                        wxPD_ELAPSED_TIME);
    DialogProgress progress(progressDialog);
    jobs::ExportResult result;
    try {
        result = m_repo.Export(m_case.id, options, progress);
    } catch (const CancelledError&) {
        m_result->SetLabel(_("Export cancelled; nothing was written."));
        return false;
    } catch (const std::exception& e) {
        m_result->SetLabel(wxString());
        ShowError(this, e);
        return false;
    }
    m_written = result.files;
    wxString text = wxString::Format(wxPLURAL("%d file written", "%d files written",
                                              int(m_written.size())),
                                     int(m_written.size()));
    if (!m_written.empty()) text += ": " + ToWx(m_written.front().filename().string());
    if (result.incomplete) text += "\n" + _("Some exhibits could not be included; see the list.");
    for (const auto& w : result.warnings) text += "\n" + ToWx(w);
    m_result->SetLabel(text);
    m_openPdf->Enable(!m_written.empty());
    m_showFolder->Enable(!m_written.empty());
    Layout();
    return !m_written.empty();
}

} // namespace reclama::gui

// Export dialog.
#include "ExportDialog.h"

#include "ErrorReport.h"
#include "FileChooser.h"
#include "Launcher.h"
#include "ListColumns.h"
#include "PreflightText.h"
#include "Prompts.h"
#include "WindowPlacement.h"
#include "WxText.h"
#include "core/Error.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>

#include <algorithm>

namespace reclama::gui {

namespace fs = std::filesystem;

namespace {

constexpr int kGaugeRange = 1000;

std::string SafeFileName(const std::string& title) {
    std::string out;
    for (char ch : title) out += (ch == '/' || ch == '\\' || ch == ':') ? '-' : ch;
    return out.empty() ? "dossier" : out;
}

wxString ProfileTitle(const ProfileChoice& p, const std::string& language) {
    for (const auto& lang : {language, std::string("en")})
        if (auto it = p.title.find(lang); it != p.title.end() && !it->second.empty())
            return ToWx(it->second);
    return ToWx(p.name);
}

// "dossier" and "dossier.PDF" become "dossier.pdf": the job only writes .pdf files.
fs::path AsPdf(fs::path file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
    if (ext == ".pdf")
        file.replace_extension(".pdf");
    else
        file += ".pdf";
    return file;
}

} // namespace

ExportDialog::ExportDialog(wxWindow* parent, CaseRepository& repo, const core::Case& c,
                           const core::Date& today, const std::string& uiLanguage,
                           FileChooser& chooser, Launcher& launcher, GoTo goTo)
    : wxDialog(parent, wxID_ANY, _("Export PDF dossier"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_repo(repo), m_case(c), m_today(today), m_chooser(chooser), m_launcher(launcher),
      m_showRecord(std::move(goTo)),
      m_poll(this) {
    m_profiles = repo.Profiles();
    if (m_profiles.empty()) {
        ProfileChoice generic;
        generic.name = "generic";
        m_profiles.push_back(generic);
    }
    m_sectionKeys = repo.SectionKeys();
    BuildLayout(uiLanguage);

    m_profile->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        ApplyProfile();
        RefreshPreflight();
    });
    m_preflight->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { ShowSelectedPreflight(); });
    m_preflight->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { GoToSelected(); });
    m_goTo->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { GoToSelected(); });
    m_chooseOutput->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const fs::path current(ToUtf8(m_output->GetValue()));
        if (auto file = m_chooser.SaveFile(this, _("Save the dossier as"),
                                           ToWx(current.filename().string()), "PDF (*.pdf)|*.pdf"))
            m_output->ChangeValue(ToWx(AsPdf(*file).string()));
    });
    m_export->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StartExport(); });
    m_cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CancelExport(); });
    m_close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); });
    m_openPdf->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!m_written.empty() && !m_launcher.OpenFile(m_written.front()))
            ShowError(this, wxString::Format(_("No program could open %s."),
                                             ToWx(m_written.front().string())));
    });
    m_showFolder->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!m_written.empty() && !m_launcher.ShowInFolder(m_written.front()))
            ShowError(this, wxString::Format(_("No program could show the folder of %s."),
                                             ToWx(m_written.front().string())));
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Poll(); });
    // Closing while the export runs cancels it; nothing it was writing is left behind.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        StopAndWait();
        Destroy();
    });

    ApplyProfile();
    RefreshPreflight();
}

ExportDialog::~ExportDialog() { StopAndWait(); }

void ExportDialog::BuildLayout(const std::string& uiLanguage) {
    const int gap = FromDIP(6);
    auto* grid = new wxFlexGridSizer(2, gap, gap * 2);
    grid->AddGrowableCol(1, 1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    label(_("Recipient profile"));
    m_profile = new wxChoice(this, wxID_ANY);
    for (const auto& p : m_profiles) m_profile->Append(ProfileTitle(p, uiLanguage));
    m_profile->SetSelection(0);
    grid->Add(m_profile, 0);
    label(_("Dossier language"));
    m_language = new wxChoice(this, wxID_ANY);
    m_language->Append(_("Spanish"));
    m_language->Append(_("English"));
    const std::string language = m_case.language.empty() ? uiLanguage : m_case.language;
    m_language->SetSelection(language == "en" ? 1 : 0);
    grid->Add(m_language, 0);
    label(_("Save as"));
    wxString folder = wxStandardPaths::Get().GetDocumentsDir();
    if (!wxFileName::DirExists(folder)) folder = wxGetHomeDir();
    m_output = new wxTextCtrl(
        this, wxID_ANY, wxFileName(folder, ToWx(SafeFileName(m_case.title)) + ".pdf").GetFullPath(),
        wxDefaultPosition, wxSize(FromDIP(380), -1));
    m_chooseOutput = new wxButton(this, wxID_ANY, _(L"C&hoose\u2026"));
    auto* outputRow = new wxBoxSizer(wxHORIZONTAL);
    outputRow->Add(m_output, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, gap);
    outputRow->Add(m_chooseOutput, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(outputRow, 1, wxEXPAND);
    grid->AddSpacer(0);
    m_evidence = new wxCheckBox(this, wxID_ANY,
                                _("Also write the evidence package (ZIP of the originals)"));
    grid->Add(m_evidence, 0);

    auto* sectionsBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Sections"));
    m_sections = new wxCheckListBox(sectionsBox->GetStaticBox(), wxID_ANY);
    for (const auto& key : m_sectionKeys) m_sections->Append(SectionLabel(key));
    // Every section in view without scrolling, where the screen is tall enough for that; on a
    // 600-pixel netbook screen the list scrolls and the buttons stay in view.
    const wxRect screen = UsableArea(GetParent() ? GetParent()->GetScreenPosition() : wxDefaultPosition);
    if (screen.height >= FromDIP(720))
        m_sections->SetMinSize(wxSize(-1, static_cast<int>(m_sectionKeys.size()) *
                                              (m_sections->GetCharHeight() + FromDIP(7))));
    sectionsBox->Add(m_sections, 1, wxEXPAND | wxALL, gap);

    auto* preflightBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Before you send it"));
    wxWindow* box = preflightBox->GetStaticBox();
    m_preflight = new wxListCtrl(box, wxID_ANY, wxDefaultPosition,
                                 FromDIP(wxSize(460, 150)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_preflight->AppendColumn(_("Record"));
    m_preflight->AppendColumn(_("What to check"));
    // The whole sentence of the chosen item: the list's column may have to cut it short.
    m_preflightDetails = new wxStaticText(box, wxID_ANY, wxString(), wxDefaultPosition,
                                          wxSize(-1, FromDIP(48)));
    m_goTo = new wxButton(box, wxID_ANY, _("&Go to record"));
    m_goTo->Disable();
    preflightBox->Add(m_preflight, 1, wxEXPAND | wxALL, gap);
    preflightBox->Add(m_preflightDetails, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    preflightBox->Add(m_goTo, 0, wxALL, gap);

    auto* middle = new wxBoxSizer(wxHORIZONTAL);
    middle->Add(sectionsBox, 0, wxEXPAND | wxRIGHT, gap);
    middle->Add(preflightBox, 1, wxEXPAND);

    m_gauge = new wxGauge(this, wxID_ANY, kGaugeRange);
    m_result = new wxStaticText(this, wxID_ANY, wxString());
    // Room for the outcome's two lines from the start, so that it never squeezes the lists.
    m_result->SetMinSize(wxSize(-1, m_result->GetCharHeight() * 2 + FromDIP(2)));
    m_openPdf = new wxButton(this, wxID_ANY, _("&Open PDF"));
    m_showFolder = new wxButton(this, wxID_ANY, _("Show in &folder"));
    m_export = new wxButton(this, wxID_ANY, _("&Export"));
    m_cancel = new wxButton(this, wxID_ANY, _("&Cancel export"));
    m_close = new wxButton(this, wxID_CLOSE, _("Close"));
    m_openPdf->Disable();
    m_showFolder->Disable();
    m_cancel->Disable();
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_openPdf, 0, wxRIGHT, gap);
    buttons->Add(m_showFolder, 0, wxRIGHT, gap);
    buttons->AddStretchSpacer();
    buttons->Add(m_export, 0, wxRIGHT, gap);
    buttons->Add(m_cancel, 0, wxRIGHT, gap);
    buttons->Add(m_close, 0);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxEXPAND | wxALL, gap * 2);
    sizer->Add(middle, 1, wxEXPAND | wxLEFT | wxRIGHT, gap * 2);
    sizer->Add(m_gauge, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap * 2);
    sizer->Add(m_result, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap * 2);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap * 2);
    SetSizerAndFit(sizer);
    // On a small screen the fitted size may not fit: the lists shrink, the buttons stay.
    const wxRect area = UsableArea(GetParent() ? GetParent()->GetScreenPosition() : wxDefaultPosition);
    SetMinSize(wxSize(std::min(GetMinSize().x, area.width), std::min(GetMinSize().y, area.height)));
    SetSize(FitToArea(wxRect(wxPoint(-1, -1), GetSize()), area).GetSize());
    SetEscapeId(wxID_CLOSE);
    m_export->SetDefault();
}

void ExportDialog::ApplyProfile() {
    const ProfileChoice& profile = m_profiles[std::max(0, m_profile->GetSelection())];
    for (unsigned i = 0; i < m_sections->GetCount(); ++i)
        m_sections->Check(i, std::find(profile.sections.begin(), profile.sections.end(),
                                        m_sectionKeys[i]) != profile.sections.end());
}

jobs::ExportOptions ExportDialog::Options() const {
    jobs::ExportOptions o;
    const wxString path = m_output->GetValue().Strip(wxString::both);
    if (!path.empty()) o.out = AsPdf(fs::path(ToUtf8(path)));
    const ProfileChoice& profile = m_profiles[std::max(0, m_profile->GetSelection())];
    o.profile = profile.name;
    o.language = m_language->GetSelection() == 1 ? "en" : "es";
    std::vector<std::string> chosen;
    for (unsigned i = 0; i < m_sections->GetCount(); ++i)
        if (m_sections->IsChecked(i)) chosen.push_back(m_sectionKeys[i]);
    // The profile's own choice keeps the profile's order; any other is the person's.
    std::vector<std::string> profileSections = profile.sections, sortedChosen = chosen;
    std::sort(profileSections.begin(), profileSections.end());
    std::sort(sortedChosen.begin(), sortedChosen.end());
    if (sortedChosen != profileSections) o.sections = chosen;
    if (m_evidence->GetValue() && !o.out.empty()) {
        fs::path zip = o.out;
        zip.replace_extension(".zip");
        o.evidenceZip = zip;
    }
    o.today = m_today;
    return o;
}

void ExportDialog::CaseChanged(const core::Case& c) {
    m_case = c;
    if (!m_job) RefreshPreflight();
}

void ExportDialog::RefreshPreflight() {
    jobs::ExportOptions options;
    options.profile = m_profiles[std::max(0, m_profile->GetSelection())].name;
    std::vector<jobs::PreflightItem> items;
    if (!Guarded(this, [&] { items = m_repo.Preflight(m_case.id, options); })) return;
    m_items = std::move(items);
    m_preflight->Freeze();
    m_preflight->DeleteAllItems();
    long row = 0;
    for (const auto& item : m_items) {
        m_preflight->InsertItem(row, item.handle.empty() ? wxString(L"\u2014") : ToWx(item.handle));
        m_preflight->SetItem(row, 1, DescribePreflight(item));
        if (item.blocking) m_preflight->SetItemTextColour(row, wxColour(0x9b, 0x1c, 0x1c));
        ++row;
    }
    if (m_items.empty()) {
        m_preflight->InsertItem(0, wxString());
        m_preflight->SetItem(0, 1, _("Nothing to fix: the dossier is ready."));
    }
    FitColumns(m_preflight, 1);
    m_preflight->Thaw();
    m_preflightDetails->SetLabel(wxString());
    m_goTo->Disable();
}

void ExportDialog::ShowSelectedPreflight() {
    const long row = m_preflight->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const bool item = row >= 0 && static_cast<std::size_t>(row) < m_items.size();
    m_preflightDetails->SetLabel(item ? DescribePreflight(m_items[std::size_t(row)]) : wxString());
    m_preflightDetails->Wrap(std::max(FromDIP(200), m_preflight->GetClientSize().x));
    m_goTo->Enable(item && !m_job);
    Layout();
}

void ExportDialog::GoToSelected() {
    const long row = m_preflight->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= m_items.size() || !m_showRecord) return;
    m_showRecord(m_items[static_cast<std::size_t>(row)].handle);
}

bool ExportDialog::StartExport() {
    if (m_job) return false;
    const jobs::ExportOptions options = Options();
    if (options.out.empty()) {
        ShowError(this, _("Choose where to save the PDF."));
        return false;
    }
    wxArrayInt checked;
    if (m_sections->GetCheckedItems(checked) == 0) {
        ShowError(this, _("Choose at least one section for the dossier."));
        return false;
    }
    std::error_code ec;
    if (fs::exists(options.out, ec) &&
        !AskYesNo(this, wxString::Format(_("%s already exists. Replace it?"),
                                         ToWx(options.out.string()))))
        return false;

    m_written.clear();
    m_outcome = {};
    m_running = options;
    SetRunning(true);
    m_result->SetLabel(_(L"Exporting\u2026"));
    const core::RecordId caseId = m_case.id;
    CaseRepository* repo = &m_repo;
    jobs::ExportResult* outcome = &m_outcome;
    m_job = std::make_unique<BackgroundJob>([repo, caseId, options, outcome](jobs::Progress& p) {
        *outcome = repo->Export(caseId, options, p);
    });
    m_poll.Start(100);
    return true;
}

void ExportDialog::CancelExport() {
    if (!m_job) return;
    m_job->Cancel();
    m_cancel->Disable();
    m_result->SetLabel(_(L"Cancelling\u2026"));
}

void ExportDialog::StopAndWait() {
    m_poll.Stop();
    m_job.reset(); // cancels and waits
}

void ExportDialog::Poll() {
    if (!m_job) return;
    m_gauge->SetValue(std::clamp(static_cast<int>(m_job->Fraction() * kGaugeRange), 0, kGaugeRange));
    if (m_job->Finished()) Finish();
}

void ExportDialog::Finish() {
    m_poll.Stop();
    m_job->Wait();
    const std::exception_ptr failure = m_job->Failure();
    m_job.reset();
    SetRunning(false);
    if (failure) {
        m_gauge->SetValue(0);
        try {
            std::rethrow_exception(failure);
        } catch (const CancelledError&) {
            m_result->SetLabel(_("Export cancelled; nothing was written."));
        } catch (const std::exception& e) {
            m_result->SetLabel(wxString());
            ShowError(this,
                      wxString::Format(_("The dossier could not be written to %s."),
                                       ToWx(m_running.out.string())),
                      e);
        }
        Layout();
        return;
    }
    m_gauge->SetValue(kGaugeRange);
    m_written = m_outcome.files;
    wxString text = wxString::Format(
        wxPLURAL("%d file written", "%d files written", int(m_written.size())), int(m_written.size()));
    if (!m_written.empty()) text += ": " + ToWx(m_written.front().filename().string());
    if (m_written.size() > 1) text += L", \u2026";
    if (m_outcome.incomplete)
        text += "\n" + _("Some exhibits could not be included; see the list above.");
    m_result->SetLabel(text);
    m_result->SetToolTip(text);
    m_openPdf->Enable(!m_written.empty());
    m_showFolder->Enable(!m_written.empty());
    Layout();
}

void ExportDialog::SetRunning(bool running) {
    for (wxWindow* w : std::initializer_list<wxWindow*>{m_profile, m_language, m_sections,
                                                        m_evidence, m_output, m_export})
        w->Enable(!running);
    m_goTo->Enable(!running && m_preflight->GetSelectedItemCount() > 0 && !m_items.empty());
    m_cancel->Enable(running);
    if (running) {
        m_openPdf->Disable();
        m_showFolder->Disable();
        m_gauge->SetValue(0);
    }
}

} // namespace reclama::gui

// Timeline pane: filter bar above a virtual report list.
#include "TimelinePane.h"

#include "EventIcons.h"
#include "Labels.h"
#include "ListColumns.h"
#include "WxText.h"
#include "core/Format.h"

#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

namespace reclama::gui {

using namespace core;

namespace {
enum Column { kWhen, kType, kDirection, kAgent, kReference, kDescription, kAmount, kColumns };
}

// The virtual list: asks the model for each visible cell only.
class TimelineList : public wxListCtrl {
public:
    TimelineList(wxWindow* parent, const TimelineModel& model, const ViewContext& view)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
          m_model(model), m_view(view) {
        AssignImageList(CreateEventIcons(FromDIP(16)), wxIMAGE_LIST_SMALL);
        AppendColumn(_("Date and time"), wxLIST_FORMAT_LEFT, FromDIP(190));
        AppendColumn(_("Type"), wxLIST_FORMAT_LEFT, FromDIP(120));
        AppendColumn(_("Direction"), wxLIST_FORMAT_LEFT, FromDIP(80));
        AppendColumn(_("Agent"), wxLIST_FORMAT_LEFT, FromDIP(120));
        AppendColumn(_("Reference"), wxLIST_FORMAT_LEFT, FromDIP(100));
        AppendColumn(_("Description"), wxLIST_FORMAT_LEFT, FromDIP(380));
        AppendColumn(_("Amount"), wxLIST_FORMAT_RIGHT, FromDIP(110));
        m_broken.SetBackgroundColour(wxColour(0xff, 0xd6, 0xd6));
        m_broken.SetTextColour(wxColour(0x8b, 0x00, 0x00));
        m_overdue.SetBackgroundColour(wxColour(0xff, 0xf0, 0xc2));
    }

    wxString OnGetItemText(long item, long column) const override {
        const TimelineEvent& e = m_model.Row(static_cast<std::size_t>(item));
        const Case& c = *m_model.CaseShown();
        switch (column) {
        case kWhen: return ToWx(FormatEventTime(e.at, m_view.locale));
        case kType:
            return e.kind == EventKind::Contact ? Label(c.contacts[e.index].channel)
                                                : Label(e.kind);
        case kDirection:
            return e.kind == EventKind::Contact ? Label(c.contacts[e.index].direction)
                                                : wxString();
        case kAgent:
            if (e.kind == EventKind::Contact) return ToWx(c.contacts[e.index].agent);
            return {};
        case kReference:
            if (e.kind == EventKind::Contact) return ToWx(c.contacts[e.index].reference);
            if (e.kind == EventKind::Invoice) return ToWx(c.invoices[e.index].number);
            return {};
        case kDescription: {
            wxString text = ToWx(m_model.Describe(e));
            if (e.kind == EventKind::PromiseDue) {
                const Promise& p = c.promises[e.index];
                text = wxString::Format("[%s] %s", Label(p.status), text);
            }
            text.Replace("\n", " ");
            return text;
        }
        case kAmount:
            if (e.kind == EventKind::Invoice)
                return ToWx(FormatMoney(c.invoices[e.index].billed, m_view.locale));
            if (e.kind == EventKind::Payment)
                return ToWx(FormatMoney(c.payments[e.index].amount, m_view.locale));
            return {};
        }
        return {};
    }

    int OnGetItemImage(long item) const override {
        const TimelineEvent& e = m_model.Row(static_cast<std::size_t>(item));
        if (e.kind == EventKind::Contact)
            return IconIndex(m_model.CaseShown()->contacts[e.index].channel);
        return IconIndex(e.kind);
    }

    int OnGetItemColumnImage(long item, long column) const override {
        return column == kType ? OnGetItemImage(item) : -1;
    }

    wxItemAttr* OnGetItemAttr(long item) const override {
        switch (m_model.AlertOf(m_model.Row(static_cast<std::size_t>(item)))) {
        case RowAlert::Broken: return &m_broken;
        case RowAlert::Overdue: return &m_overdue;
        case RowAlert::None: break;
        }
        return nullptr;
    }

private:
    const TimelineModel& m_model;
    const ViewContext& m_view;
    mutable wxItemAttr m_broken, m_overdue;
};

TimelinePane::TimelinePane(wxWindow* parent, PaneHost& host) : wxPanel(parent), m_host(host) {
    // On a narrow window the search box and the count go to a second line rather than off the
    // edge.
    auto* bar = new wxWrapSizer(wxHORIZONTAL, wxEXTEND_LAST_ON_EACH_LINE | wxREMOVE_LEADING_SPACES);
    m_kind = new wxChoice(this, wxID_ANY);
    m_kind->Append(_("All events"));
    for (auto k : AllEventKinds()) m_kind->Append(Label(k));
    m_kind->SetSelection(0);
    m_channel = new wxChoice(this, wxID_ANY);
    m_channel->Append(_("All channels"));
    for (auto ch : AllChannels()) m_channel->Append(Label(ch));
    m_channel->SetSelection(0);
    m_agent = new wxChoice(this, wxID_ANY);
    m_agent->Append(_("All agents"));
    m_agent->SetSelection(0);
    m_search = new wxSearchCtrl(this, wxID_ANY);
    m_search->SetDescriptiveText(_("Search the timeline"));
    m_search->ShowCancelButton(true);
    m_count = new wxStaticText(this, wxID_ANY, wxString());
    m_agent->SetMaxSize(wxSize(FromDIP(220), -1)); // agents' names can be long
    bar->Add(m_kind, 0, wxRIGHT | wxBOTTOM | wxALIGN_CENTER_VERTICAL, FromDIP(6));
    bar->Add(m_channel, 0, wxRIGHT | wxBOTTOM | wxALIGN_CENTER_VERTICAL, FromDIP(6));
    bar->Add(m_agent, 0, wxRIGHT | wxBOTTOM | wxALIGN_CENTER_VERTICAL, FromDIP(6));
    auto* find = new wxBoxSizer(wxHORIZONTAL);
    m_search->SetMinSize(wxSize(FromDIP(120), -1));
    find->Add(m_search, 1, wxRIGHT | wxALIGN_CENTER_VERTICAL, FromDIP(10));
    find->Add(m_count, 0, wxALIGN_CENTER_VERTICAL);
    bar->Add(find, 1, wxBOTTOM | wxEXPAND, FromDIP(6));

    m_list = new TimelineList(this, m_model, m_view);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));
    sizer->Add(m_list, 1, wxEXPAND);
    SetSizer(sizer);

    auto onFilter = [this](wxCommandEvent&) { ApplyFilterFromControls(); };
    m_kind->Bind(wxEVT_CHOICE, onFilter);
    m_channel->Bind(wxEVT_CHOICE, onFilter);
    m_agent->Bind(wxEVT_CHOICE, onFilter);
    m_search->Bind(wxEVT_TEXT, onFilter);
    m_search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        m_search->Clear();
        ApplyFilterFromControls();
    });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& ev) {
        m_host.EditRecord(m_model.RecordOf(m_model.Row(static_cast<std::size_t>(ev.GetIndex()))));
    });
    m_list->Bind(wxEVT_LIST_ITEM_RIGHT_CLICK, [this](wxListEvent& ev) {
        const RecordRef record =
            m_model.RecordOf(m_model.Row(static_cast<std::size_t>(ev.GetIndex())));
        wxMenu menu;
        menu.Append(1, _(L"&Edit…"));
        menu.Append(2, _(L"&History…"));
        menu.AppendSeparator();
        menu.Append(3, _("&Delete"));
        switch (GetPopupMenuSelectionFromUser(menu)) {
        case 1: m_host.EditRecord(record); break;
        case 2: m_host.ShowHistory(record); break;
        case 3: m_host.DeleteRecord(record); break;
        default: break;
        }
    });
}

wxListCtrl* TimelinePane::List() const { return m_list; }

void TimelinePane::ShowCase(const core::Case* c, const ViewContext& view) {
    m_view = view;
    m_model.SetCase(c, view.today);
    FillAgentChoice();
    Reload();
    FitColumns(m_list, kDescription, {kDirection, kReference, kAgent}, kType);
}

void TimelinePane::FillAgentChoice() {
    const wxString current = m_agent->GetStringSelection();
    m_agents = m_model.Agents();
    m_agent->Freeze();
    m_agent->Clear();
    m_agent->Append(_("All agents"));
    for (const auto& a : m_agents) m_agent->Append(ToWx(a));
    if (!m_agent->SetStringSelection(current)) m_agent->SetSelection(0);
    m_agent->Thaw();
}

void TimelinePane::ApplyFilterFromControls() {
    TimelineFilter f;
    if (int k = m_kind->GetSelection(); k > 0) f.kind = AllEventKinds()[k - 1];
    if (int ch = m_channel->GetSelection(); ch > 0) f.channel = AllChannels()[ch - 1];
    if (int a = m_agent->GetSelection(); a > 0) f.agent = m_agents[a - 1];
    f.text = ToUtf8(m_search->GetValue());
    if (f == m_model.Filter()) return;
    m_model.SetFilter(f);
    Reload();
}

void TimelinePane::SetFilter(const TimelineFilter& filter) {
    m_kind->SetSelection(0);
    if (filter.kind)
        for (std::size_t i = 0; i < AllEventKinds().size(); ++i)
            if (AllEventKinds()[i] == *filter.kind) m_kind->SetSelection(int(i) + 1);
    m_channel->SetSelection(filter.channel ? IconIndex(*filter.channel) + 1 : 0);
    m_agent->SetSelection(0);
    for (std::size_t i = 0; i < m_agents.size(); ++i)
        if (FoldCase(m_agents[i]) == FoldCase(filter.agent)) m_agent->SetSelection(int(i) + 1);
    m_search->ChangeValue(ToWx(filter.text));
    m_model.SetFilter(filter);
    Reload();
}

void TimelinePane::Reload() {
    m_list->SetItemCount(static_cast<long>(m_model.RowCount()));
    m_list->Refresh();
    m_count->SetLabel(wxString::Format(_("%s of %s events"),
                                       ToWx(FormatNumber(m_model.RowCount(), m_view.locale)),
                                       ToWx(FormatNumber(m_model.EventCount(), m_view.locale))));
    Layout();
}

bool TimelinePane::SelectRecord(RecordRef record) {
    auto row = m_model.RowOf(record);
    if (!row && m_model.Filter() != TimelineFilter{}) {
        SetFilter(TimelineFilter{});
        row = m_model.RowOf(record);
    }
    if (!row) return false;
    SelectRow(m_list, static_cast<long>(*row));
    return true;
}

std::optional<RecordRef> TimelinePane::SelectedRecord() const {
    const long item = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (item < 0) return std::nullopt;
    return m_model.RecordOf(m_model.Row(static_cast<std::size_t>(item)));
}

} // namespace reclama::gui

// Promise ledger pane.
#include "PromisesPane.h"

#include "Labels.h"
#include "ListColumns.h"
#include "WxText.h"
#include "core/Format.h"
#include "core/Ledger.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace reclama::gui {

using namespace core;

namespace {
enum Column { kMade, kBy, kPromise, kDue, kStatus, kDaysLate, kResolved };

wxColour StatusColour(PromiseStatus status, bool overdue) {
    switch (status) {
    case PromiseStatus::Kept: return wxColour(0xd8, 0xf0, 0xd8);
    case PromiseStatus::PartlyKept: return wxColour(0xff, 0xf3, 0xc4);
    case PromiseStatus::Broken: return wxColour(0xff, 0xd6, 0xd6);
    case PromiseStatus::Pending: return overdue ? wxColour(0xff, 0xe4, 0xc4) : wxNullColour;
    }
    return wxNullColour;
}
} // namespace

// The virtual list: each visible cell is written from the case when it is painted, so a case
// with thousands of promises shows at once.
class PromiseList : public wxListCtrl {
public:
    PromiseList(wxWindow* parent, const PromisesPane& pane)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
          m_pane(pane) {
        for (auto status : {PromiseStatus::Kept, PromiseStatus::PartlyKept, PromiseStatus::Broken})
            m_attr[static_cast<int>(status)].SetBackgroundColour(StatusColour(status, false));
        m_attr[kOverdueAttr].SetBackgroundColour(StatusColour(PromiseStatus::Pending, true));
    }

    wxString OnGetItemText(long item, long column) const override {
        const auto& [c, view] = Shown();
        const Promise& p = At(item);
        switch (column) {
        case kMade:
            if (p.contact)
                if (const Contact* k = c.FindContact(*p.contact))
                    return ToWx(FormatDate(k->at.LocalDate(), view.locale));
            return {};
        case kBy: return ToWx(p.by);
        case kPromise: {
            wxString text = ToWx(p.text);
            text.Replace("\n", " ");
            return text;
        }
        case kDue: return p.due ? ToWx(FormatDate(*p.due, view.locale)) : _("no date");
        case kStatus:
            return EvaluatePromise(p, view.today).overdue ? _("Overdue") : Label(p.status);
        case kDaysLate: {
            const auto state = EvaluatePromise(p, view.today);
            if (state.daysLate && *state.daysLate > 0) return wxString::Format("%d", *state.daysLate);
            return {};
        }
        case kResolved: return p.resolved ? ToWx(FormatDate(*p.resolved, view.locale)) : wxString();
        }
        return {};
    }

    wxItemAttr* OnGetItemAttr(long item) const override {
        const Promise& p = At(item);
        if (p.status != PromiseStatus::Pending) return &m_attr[static_cast<int>(p.status)];
        return EvaluatePromise(p, Shown().second.today).overdue ? &m_attr[kOverdueAttr] : nullptr;
    }

private:
    static constexpr int kOverdueAttr = 4;
    std::pair<const Case&, const ViewContext&> Shown() const { return {*m_pane.m_case, m_pane.m_view}; }
    const Promise& At(long item) const {
        return m_pane.m_case->promises[m_pane.m_order[static_cast<std::size_t>(item)]];
    }

    const PromisesPane& m_pane;
    mutable wxItemAttr m_attr[5];
};

PromisesPane::PromisesPane(wxWindow* parent, PaneHost& host) : wxPanel(parent), m_host(host) {
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_list = new PromiseList(this, *this);
    m_list->AppendColumn(_("Made on"), wxLIST_FORMAT_LEFT, FromDIP(100));
    m_list->AppendColumn(_("By"), wxLIST_FORMAT_LEFT, FromDIP(140));
    m_list->AppendColumn(_("Promise"), wxLIST_FORMAT_LEFT, FromDIP(340));
    m_list->AppendColumn(_("Due"), wxLIST_FORMAT_LEFT, FromDIP(100));
    m_list->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, FromDIP(110));
    m_list->AppendColumn(_("Days late"), wxLIST_FORMAT_RIGHT, FromDIP(115));
    m_list->AppendColumn(_("Resolved"), wxLIST_FORMAT_LEFT, FromDIP(100));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    const std::pair<PromiseStatus, wxString> actions[] = {
        {PromiseStatus::Kept, _("Mark &kept")},
        {PromiseStatus::PartlyKept, _("Mark &partly kept")},
        {PromiseStatus::Broken, _("Mark &broken")},
        {PromiseStatus::Pending, _("Mark p&ending")},
    };
    for (const auto& [status, label] : actions) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->Bind(wxEVT_BUTTON, [this, status = status](wxCommandEvent&) { SetSelectedStatus(status); });
        buttons->Add(b, 0, wxRIGHT, FromDIP(6));
    }
    auto* history = new wxButton(this, wxID_ANY, _(L"&History…"));
    history->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (auto i = Selected())
            m_host.ShowHistory({RecordKind::Promise, m_case->promises[*i].id});
    });
    buttons->AddStretchSpacer();
    buttons->Add(history);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_summary, 0, wxALL, FromDIP(8));
    sizer->Add(m_list, 1, wxEXPAND);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(6));
    SetSizer(sizer);

    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& ev) {
        m_host.EditRecord({RecordKind::Promise, m_case->promises[m_order[ev.GetIndex()]].id});
    });
}

void PromisesPane::ShowCase(const core::Case* c, const ViewContext& view) {
    m_case = c;
    m_view = view;
    m_order.clear();
    if (!c) {
        m_list->SetItemCount(0);
        m_list->Refresh();
        m_summary->SetLabel(wxString());
        return;
    }
    m_order.resize(c->promises.size());
    for (std::size_t i = 0; i < m_order.size(); ++i) m_order[i] = i;
    // Due date order; promises without a due date last, as they are the ones to ask about.
    std::stable_sort(m_order.begin(), m_order.end(), [c](std::size_t a, std::size_t b) {
        const auto& da = c->promises[a].due;
        const auto& db = c->promises[b].due;
        if (da.has_value() != db.has_value()) return da.has_value();
        return da && *da < *db;
    });
    int kept = 0, broken = 0, overdue = 0, pending = 0;
    for (const Promise& p : c->promises) {
        switch (p.status) {
        case PromiseStatus::Kept: ++kept; break;
        case PromiseStatus::Broken: ++broken; break;
        case PromiseStatus::Pending: ++pending; break;
        case PromiseStatus::PartlyKept: break;
        }
        if (EvaluatePromise(p, view.today).overdue) ++overdue;
    }
    m_list->SetItemCount(static_cast<long>(m_order.size()));
    FitColumns(m_list, kPromise, {kResolved, kMade, kBy, kDaysLate});
    m_list->Refresh();
    m_summary->SetLabel(wxString::Format(
        _("%d promises: %d kept, %d broken, %d pending (%d overdue)"), int(c->promises.size()), kept,
        broken, pending, overdue));
    Layout();
}

wxColour PromisesPane::RowColour(long row) const {
    if (!m_case || row < 0 || static_cast<std::size_t>(row) >= m_order.size()) return wxNullColour;
    const Promise& p = m_case->promises[m_order[static_cast<std::size_t>(row)]];
    return StatusColour(p.status, EvaluatePromise(p, m_view.today).overdue);
}

bool PromisesPane::SelectPromise(RecordId id) {
    if (!m_case) return false;
    for (std::size_t row = 0; row < m_order.size(); ++row)
        if (m_case->promises[m_order[row]].id == id) {
            SelectRow(m_list, static_cast<long>(row));
            return true;
        }
    return false;
}

std::optional<std::size_t> PromisesPane::Selected() const {
    const long item = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (item < 0 || static_cast<std::size_t>(item) >= m_order.size()) return std::nullopt;
    return m_order[static_cast<std::size_t>(item)];
}

void PromisesPane::SetSelectedStatus(PromiseStatus status) {
    auto i = Selected();
    if (!i || !m_case) return;
    Promise p = m_case->promises[*i];
    p.status = status;
    if (status == PromiseStatus::Pending)
        p.resolved.reset();
    else if (!p.resolved)
        p.resolved = m_view.today;
    m_host.SavePromise(p);
}

} // namespace reclama::gui

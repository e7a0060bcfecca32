// The panes show a case as a person expects: order, filters, highlights, totals, actions.
#include "GuiTestSupport.h"
#include "SampleCase.h"

#include "core/Format.h"
#include "core/Ledger.h"
#include "gui/DocumentsPane.h"
#include "gui/ListColumns.h"
#include "gui/MoneyPane.h"
#include "gui/PromisesPane.h"
#include "gui/TimelinePane.h"
#include "gui/WxText.h"

#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dnd.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>

namespace reclama::gui::test {
namespace {

using namespace core;

ViewContext EsView() { return ViewContext{FormatLocale{"es", "ES"}, SmallCaseToday()}; }

TEST(TimelineModel, ListsEveryEventInTimeOrder) {
    const Case c = SmallCase();
    TimelineModel model;
    model.SetCase(&c, SmallCaseToday());
    // 4 contacts + 3 promise due dates + 2 invoices + 1 payment + 1 note
    ASSERT_EQ(model.RowCount(), 11u);
    for (std::size_t i = 1; i < model.RowCount(); ++i)
        EXPECT_FALSE(EarlierThan(model.Row(i).at, model.Row(i - 1).at)) << "row " << i;
}

TEST(TimelineModel, FiltersByChannelAgentKindAndText) {
    const Case c = SmallCase();
    TimelineModel model;
    model.SetCase(&c, SmallCaseToday());
    model.SetFilter({std::nullopt, Channel::Phone, "", ""});
    EXPECT_EQ(model.RowCount(), 2u);
    model.SetFilter({std::nullopt, std::nullopt, "sofía", ""});
    ASSERT_EQ(model.RowCount(), 1u);
    EXPECT_EQ(model.Row(0).record, 3);
    model.SetFilter({EventKind::PromiseDue, std::nullopt, "", ""});
    EXPECT_EQ(model.RowCount(), 3u);
    // Case-insensitive, all words, also in the quote and the reference.
    model.SetFilter({std::nullopt, std::nullopt, "", "TÉCNIC martes"});
    ASSERT_EQ(model.RowCount(), 2u); // contact 2's quote and promise 2's text
    model.SetFilter({std::nullopt, std::nullopt, "", "no-such-word"});
    EXPECT_EQ(model.RowCount(), 0u);
}

TEST(TimelineModel, HighlightsBrokenAndOverduePromisesWithTheirContacts) {
    const Case c = SmallCase();
    TimelineModel model;
    model.SetCase(&c, SmallCaseToday());
    auto alertOf = [&](RecordKind kind, RecordId id) {
        const auto row = model.RowOf({kind, id});
        EXPECT_TRUE(row.has_value());
        return row ? model.AlertOf(model.Row(*row)) : RowAlert::None;
    };
    EXPECT_EQ(alertOf(RecordKind::Promise, 2), RowAlert::Broken);
    EXPECT_EQ(alertOf(RecordKind::Contact, 2), RowAlert::Broken);
    EXPECT_EQ(alertOf(RecordKind::Promise, 3), RowAlert::Overdue); // due 31 Jan, today 20 Feb
    EXPECT_EQ(alertOf(RecordKind::Promise, 1), RowAlert::None);   // kept
    EXPECT_EQ(alertOf(RecordKind::Contact, 4), RowAlert::None);
}

class PaneTest : public testing::Test {
protected:
    void SetUp() override {
        m_frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1200, 700));
        m_case = SmallCase();
    }
    void TearDown() override {
        m_frame->Destroy();
        Pump(10);
        EXPECT_TRUE(TakeErrors().empty());
    }
    template <class Pane> Pane* Show() {
        auto* pane = new Pane(m_frame, m_host);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(pane, 1, wxEXPAND);
        m_frame->SetSizer(sizer);
        pane->ShowCase(&m_case, EsView());
        m_frame->Show();
        m_frame->Layout();
        Pump();
        return pane;
    }
    wxFrame* m_frame = nullptr;
    Case m_case;
    RecordingHost m_host;
};

TEST_F(PaneTest, TimelineShowsRowsInTheVirtualList) {
    auto* pane = Show<TimelinePane>();
    wxListCtrl* list = pane->List();
    EXPECT_TRUE(list->HasFlag(wxLC_VIRTUAL));
    ASSERT_EQ(list->GetItemCount(), 11);
    EXPECT_EQ(list->GetItemText(0, 6), ToWx(FormatMoney({4590, "EUR"}, {"es", "ES"}))); // Dec invoice
    const long first = static_cast<long>(*pane->Model().RowOf({RecordKind::Contact, 1}));
    EXPECT_EQ(first, 1);
    EXPECT_EQ(list->GetItemText(first, 0), ToWx(FormatEventTime(m_case.contacts[0].at, {"es", "ES"})));
    EXPECT_EQ(list->GetItemText(first, 3), "Marta");
    pane->SetFilter({std::nullopt, Channel::Chat, "", ""});
    EXPECT_EQ(list->GetItemCount(), 1);
    EXPECT_EQ(list->GetItemText(0, 3), ToWx("Sofía"));
}

// On a narrow window the least needed columns give way whole (never cut to slivers), dates and
// amounts keep their width, and hovering a row shows the text that does not fit.
TEST_F(PaneTest, NarrowTimelineHidesColumnsAndShowsCutTextOnHover) {
    m_frame->SetSize(620, 500);
    auto* pane = Show<TimelinePane>();
    Pump(100);
    wxListCtrl* list = pane->List();
    enum { kWhen, kType, kDirection, kAgent, kReference, kDescription, kAmount };
    EXPECT_EQ(list->GetColumnWidth(kDirection), 0);
    for (int col : {kWhen, kType, kAmount})
        for (long row = 0; row < list->GetItemCount(); ++row)
            EXPECT_GE(list->GetColumnWidth(col), list->GetTextExtent(list->GetItemText(row, col)).x)
                << "column " << col << " row " << row;
    const long call = static_cast<long>(*pane->Model().RowOf({RecordKind::Contact, 2}));
    const wxString description = list->GetItemText(call, kDescription);
    ASSERT_GT(list->GetTextExtent(description).x, list->GetColumnWidth(kDescription));
    const wxString tip = CutText(list, call);
    EXPECT_TRUE(tip.Contains(description)) << tip;
    EXPECT_TRUE(tip.Contains(list->GetItemText(call, kDirection))) << tip; // hidden column
    // Wide again: everything shows, nothing to explain.
    m_frame->SetSize(1900, 500);
    Pump(100);
    EXPECT_GT(list->GetColumnWidth(kDirection), 0);
    const long note = static_cast<long>(*pane->Model().RowOf({RecordKind::Note, 1}));
    EXPECT_TRUE(CutText(list, note).empty()) << CutText(list, note);
}

TEST_F(PaneTest, TimelineScrollsThroughAHundredThousandRows) {
    m_case = GeneratedCase(100000);
    auto* pane = Show<TimelinePane>();
    wxListCtrl* list = pane->List();
    EXPECT_EQ(list->GetItemCount(), 110000); // 100,000 contacts and 10,000 promise due dates
    list->EnsureVisible(list->GetItemCount() - 1);
    Pump();
    EXPECT_FALSE(list->GetItemText(list->GetItemCount() - 1, 0).empty());
}

TEST_F(PaneTest, PromisesAreColouredAndMarkedBroken) {
    auto* pane = Show<PromisesPane>();
    wxListCtrl* list = pane->List();
    ASSERT_EQ(list->GetItemCount(), 3);
    // Sorted by due date: kept (16 Jan), broken (20 Jan), overdue (31 Jan).
    EXPECT_EQ(list->GetItemText(1, 2), ToWx("Visita técnica el martes 20"));
    EXPECT_TRUE(list->HasFlag(wxLC_VIRTUAL));
    EXPECT_NE(pane->RowColour(1), pane->RowColour(0));
    EXPECT_TRUE(pane->RowColour(2).IsOk()); // overdue
    EXPECT_EQ(list->GetItemText(2, 4), "Overdue");
    EXPECT_EQ(list->GetItemText(2, 5), "20"); // 31 Jan -> 20 Feb
    list->SetItemState(2, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    // Press "Mark broken".
    for (wxWindow* child : pane->GetChildren())
        if (auto* b = dynamic_cast<wxButton*>(child); b && b->GetLabel().Contains("broken")) {
            wxCommandEvent click(wxEVT_BUTTON, b->GetId());
            click.SetEventObject(b);
            b->GetEventHandler()->ProcessEvent(click);
        }
    ASSERT_EQ(m_host.savedPromises.size(), 1u);
    EXPECT_EQ(m_host.savedPromises[0].id, 3);
    EXPECT_EQ(m_host.savedPromises[0].status, PromiseStatus::Broken);
    EXPECT_EQ(m_host.savedPromises[0].resolved, SmallCaseToday());
}

TEST_F(PaneTest, MoneyShowsDifferencesAndTheTotalClaimed) {
    auto* pane = Show<MoneyPane>();
    ASSERT_EQ(pane->Invoices()->GetItemCount(), 2);
    EXPECT_EQ(pane->Invoices()->GetItemText(0, 5), ToWx(FormatMoney({3405, "EUR"}, {"es", "ES"})));
    EXPECT_EQ(pane->Payments()->GetItemCount(), 1);
    const Money total = SummarizeMoney(m_case).totalClaimed;
    EXPECT_EQ(total.minor, 3405 - 1000);
    EXPECT_EQ(pane->TotalClaimedText(), ToWx(FormatMoney(total, {"es", "ES"})));
}

TEST_F(PaneTest, DocumentsListLinksAndAcceptDroppedFiles) {
    auto* pane = Show<DocumentsPane>();
    wxListCtrl* list = pane->List();
    ASSERT_EQ(list->GetItemCount(), 2);
    EXPECT_EQ(list->GetItemText(0, 5), "i1");
    EXPECT_EQ(list->GetItemText(1, 5), "c4");
    auto* target = dynamic_cast<wxFileDropTarget*>(list->GetDropTarget());
    ASSERT_NE(target, nullptr);
    wxArrayString names;
    names.Add(ToWx(std::string(RECLAMA_TEST_DATA) + "/samples/es-adsl-averia/files/sms-captura.png"));
    EXPECT_TRUE(target->OnDropFiles(10, 10, names));
    ASSERT_EQ(m_host.attached.size(), 1u);
    EXPECT_EQ(m_host.attached[0][0].filename(), "sms-captura.png");
}

} // namespace
} // namespace reclama::gui::test

// Choosing Spanish or English in the View menu applies at once: the preference is stored and
// the window is built again in that language, on the same case and pane.
#include "LibraryWindow.h"

#include "gui/MenuIds.h"
#include "gui/PromisesPane.h"
#include "gui/Screenshot.h"
#include "gui/WxText.h"

#include <gtest/gtest.h>
#include <wx/config.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/notebook.h>

namespace reclama::gui::test {
namespace {

using namespace core;

wxString ColumnHeader(wxListCtrl* list, int column) {
    wxListItem item;
    item.SetMask(wxLIST_MASK_TEXT);
    list->GetColumn(column, item);
    return item.GetText();
}

TEST_F(LibraryWindow, SwitchesTheInterfaceLanguageAtOnce) {
    const RecordId caseId = CreateCase();
    LogCallWithPromise();
    m_frame->ShowPane(PaneId::Promises);
    ASSERT_EQ(m_frame->GetMenuBar()->GetMenuLabelText(0), "File");
    Command(kIdExportPdf);
    ASSERT_NE(m_frame->ExportWindow(), nullptr);

    Command(kIdLanguageEs);
    EXPECT_EQ(m_frame->ExportWindow(), nullptr) << "the export dialog was left in English";
    EXPECT_EQ(ToUtf8(wxConfigBase::Get()->Read("/Interface/Language", "")), "es");
    EXPECT_EQ(m_frame->UiLanguage(), "es");
    wxMenuBar* bar = m_frame->GetMenuBar();
    EXPECT_EQ(bar->GetMenuLabelText(0), "Archivo");
    EXPECT_EQ(bar->GetMenuLabelText(3), "Ver");
    EXPECT_TRUE(bar->IsChecked(kIdLanguageEs));
    EXPECT_EQ(m_frame->Panes()->GetPageText(0), ToWx("Cronología"));
    EXPECT_EQ(m_frame->Panes()->GetPageText(1), "Promesas");
    EXPECT_EQ(ColumnHeader(m_frame->CaseList(), 0), "Caso");
    // Same case, same pane, its rows written in Spanish.
    EXPECT_EQ(m_frame->CurrentCaseId(), caseId);
    EXPECT_EQ(m_frame->CurrentPane(), PaneId::Promises);
    ASSERT_EQ(m_frame->Promises()->List()->GetItemCount(), 1);
    EXPECT_EQ(m_frame->Promises()->List()->GetItemText(0, 4), "Vencida");
    EXPECT_EQ(m_frame->CaseList()->GetItemCount(), 1);
    // For people to look at: the window built again fills the frame as the first one did.
    Pump(200);
    SaveWindowPng(m_frame, ToWx((ScreenshotDir() / "main-after-switch-es.png").string()));

    Command(kIdLanguageEn);
    EXPECT_EQ(ToUtf8(wxConfigBase::Get()->Read("/Interface/Language", "")), "en");
    EXPECT_EQ(m_frame->GetMenuBar()->GetMenuLabelText(0), "File");
    EXPECT_EQ(m_frame->Panes()->GetPageText(0), "Timeline");
    EXPECT_EQ(ColumnHeader(m_frame->CaseList(), 0), "Case");
    EXPECT_EQ(m_frame->Promises()->List()->GetItemText(0, 4), "Overdue");
    EXPECT_EQ(m_frame->CurrentPane(), PaneId::Promises);
    EXPECT_TRUE(TakeErrors().empty());
}

} // namespace
} // namespace reclama::gui::test

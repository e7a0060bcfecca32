// The quick-entry dialogs turn what is typed into records, and refuse what cannot be saved.
#include "GuiTestSupport.h"
#include "SampleCase.h"

#include "core/Error.h"
#include "gui/ContactDialog.h"
#include "gui/DateField.h"
#include "gui/InvoiceDialog.h"
#include "gui/NewCaseDialog.h"
#include "gui/NextCallDialog.h"
#include "gui/WxText.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>
#include <wx/choice.h>
#include <wx/clipbrd.h>
#include <wx/frame.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

#include <boost/date_time/posix_time/posix_time.hpp>

namespace reclama::gui::test {
namespace {

using namespace core;
using boost::posix_time::ptime;
using boost::posix_time::time_from_string;

TEST(ContactDialog, PresetsNowInTheCaseZoneAndCreatesALinkedPromise) {
    const Case c = SmallCase();
    // 09:30 UTC in February is 10:30 in Madrid.
    ContactDialog dialog(nullptr, c, Channel::Phone, nullptr, time_from_string("2026-02-20 09:30:00"));
    EXPECT_EQ(dialog.WhenCtrl()->GetValue(), "2026-02-20 10:30");
    dialog.AgentCtrl()->ChangeValue(ToWx("Begoña"));
    dialog.SummaryCtrl()->ChangeValue("Third call about the outage");
    dialog.PromiseCtrl()->ChangeValue("Technician on Monday");
    // The due box starts empty (no date), and takes the date day first, as it is read in Spain.
    EXPECT_TRUE(dialog.DueCtrl()->IsEmpty());
    dialog.DueCtrl()->Text()->ChangeValue("23/02/2026");
    dialog.ReadForm();
    const Contact& k = dialog.Result();
    EXPECT_EQ(k.at.ToIso(), "2026-02-20T10:30:00+01:00");
    EXPECT_EQ(k.agent, "Begoña");
    EXPECT_EQ(k.channel, Channel::Phone);
    ASSERT_TRUE(dialog.NewPromise().has_value());
    EXPECT_EQ(dialog.NewPromise()->text, "Technician on Monday");
    EXPECT_EQ(dialog.NewPromise()->by, "Begoña");
    EXPECT_EQ(dialog.NewPromise()->due, Date(2026, 2, 23));
    dialog.Destroy();
}

TEST(ContactDialog, TheRunningTimerFillsTheDuration) {
    const Case c = SmallCase();
    ContactDialog dialog(nullptr, c, Channel::Phone, nullptr, time_from_string("2026-02-20 09:30:00"));
    dialog.Show();
    Pump(1300); // the call started when the dialog opened
    dialog.StopTimer();
    EXPECT_EQ(dialog.DurationCtrl()->GetValue(), 1); // a started minute counts
    dialog.Destroy();
}

TEST(ContactDialog, RefusesAContactWithoutWordsOrWithABadTime) {
    const Case c = SmallCase();
    ContactDialog dialog(nullptr, c, Channel::Email, nullptr, time_from_string("2026-02-20 09:30:00"));
    EXPECT_THROW(dialog.ReadForm(), InputError); // nothing written about it
    dialog.SummaryCtrl()->ChangeValue("Sent the complaint");
    dialog.WhenCtrl()->ChangeValue("2026-02-30 10:00");
    EXPECT_THROW(dialog.ReadForm(), InputError);
    dialog.WhenCtrl()->ChangeValue("2026-02-19");
    dialog.ReadForm();
    EXPECT_EQ(dialog.Result().at.precision, Precision::Day);
    EXPECT_FALSE(dialog.NewPromise().has_value());
    dialog.Destroy();
}

TEST(DateField, WritesAndReadsDatesInTheReadersOrder) {
    const core::FormatLocale spain{"es", "ES"}, england{"en", "GB"}, us{"en", "US"};
    EXPECT_EQ(DateFieldText(Date(2026, 3, 9), spain), "09/03/2026");
    EXPECT_EQ(DateFieldText(Date(2026, 3, 9), england), "09/03/2026");
    EXPECT_EQ(DateFieldText(Date(2026, 3, 9), us), "03/09/2026");
    EXPECT_EQ(ParseDateFieldText("9/3/2026", spain), Date(2026, 3, 9));
    EXPECT_EQ(ParseDateFieldText("03/09/2026", us), Date(2026, 3, 9));
    EXPECT_EQ(ParseDateFieldText("2026-03-09", us), Date(2026, 3, 9));
    EXPECT_EQ(ParseDateFieldText("31/02/2026", spain), std::nullopt);
    EXPECT_EQ(ParseDateFieldText("9/3/26", spain), std::nullopt); // a two-digit year is ambiguous
    EXPECT_EQ(ParseDateFieldText("tomorrow", spain), std::nullopt);
}

TEST(DateField, OptionalFieldsStayEmptyAndRequiredOnesSayWhatIsMissing) {
    wxFrame frame(nullptr, wxID_ANY, "dates");
    DateField optional(&frame, {"es", "ES"}, true);
    EXPECT_TRUE(optional.IsEmpty());
    EXPECT_EQ(optional.Value("Due on"), std::nullopt);
    DateField required(&frame, {"es", "ES"}, false);
    EXPECT_THROW(required.Value("Issued on"), InputError);
    required.Text()->ChangeValue("30/02/2026");
    EXPECT_THROW(required.Value("Issued on"), InputError);
    required.SetValue(Date(2026, 1, 16));
    EXPECT_EQ(required.Text()->GetValue(), "16/01/2026");
    EXPECT_EQ(required.Value("Issued on"), Date(2026, 1, 16));
}

TEST(InvoiceDialog, ParsesAmountsInTheCaseCurrency) {
    const Case c = SmallCase();
    InvoiceDialog dialog(nullptr, c, nullptr, SmallCaseToday());
    dialog.NumberCtrl()->ChangeValue("F-1");
    dialog.BilledCtrl()->ChangeValue("45.90");
    dialog.ReadForm();
    EXPECT_EQ(dialog.Result().billed, (Money{4590, "EUR"}));
    EXPECT_EQ(dialog.Result().correct, (Money{4590, "EUR"})); // empty: no dispute
    dialog.CorrectCtrl()->ChangeValue("11,85");                 // comma refused, as everywhere
    EXPECT_THROW(dialog.ReadForm(), InputError);
    dialog.Destroy();
}

TEST(NewCaseDialog, FillsCurrencyAndZoneFromTheCountry) {
    NewCaseDialog dialog(nullptr);
    EXPECT_THROW(dialog.ReadForm(), InputError);
    dialog.TitleCtrl()->ChangeValue("Equipos no entregados");
    dialog.CompanyCtrl()->ChangeValue("Movil SpA");
    dialog.CountryCtrl()->SetSelection(1); // Chile
    dialog.ReadForm();
    EXPECT_EQ(dialog.Result().currency, "CLP");
    EXPECT_EQ(dialog.Result().timezone, "America/Santiago");
    dialog.Destroy();
}

TEST(NextCallDialog, CopiesTheBriefToTheClipboard) {
    const wxString brief = ToWx("Referencia INC-2026-118734 · promesa incumplida del 20/01");
    NextCallDialog dialog(nullptr, brief);
    dialog.Show();
    Pump();
    ASSERT_TRUE(dialog.CopyToClipboard());
    wxClipboardLocker lock;
    ASSERT_TRUE(!!lock);
    wxTextDataObject data;
    ASSERT_TRUE(wxTheClipboard->GetData(data));
    EXPECT_EQ(data.GetText(), brief);
    dialog.Destroy();
}

// The safety net of every GUI test: a modal dialog nobody answers is ended, and the test fails.
TEST(ModalWatchdog, EndsADialogNobodyAnswersAndFailsTheTest) {
    EXPECT_NONFATAL_FAILURE(
        {
            wxDialog dialog(nullptr, wxID_ANY, "Nobody answers this");
            EXPECT_EQ(dialog.ShowModal(), wxID_CANCEL);
        },
        "Nobody answers this");
}

} // namespace
} // namespace reclama::gui::test

// Every refusal names the JSON pointer at fault, exactly.

#include "CaseFileTestSupport.h"

#include <gtest/gtest.h>

namespace reclama::casefile::test {
namespace {

using nlohmann::json;

// The minimal case with one change applied at `pointer` (json_pointer syntax).
json With(const std::string& pointer, const json& value) {
    json j = MinimalCase();
    j[json::json_pointer(pointer)] = value;
    return j;
}

json Without(const std::string& pointer) {
    json j = MinimalCase();
    json::json_pointer p(pointer);
    j[p.parent_pointer()].erase(p.back());
    return j;
}

TEST(Refusal, MinimalCaseIsAccepted) {
    TempDir dir = Scratch();
    EXPECT_NO_THROW(ReadCaseFile(WriteCaseFolder(dir.Path(), MinimalCase())));
}

TEST(Refusal, UnknownFormatOrVersion) {
    EXPECT_EQ(RefusalOf(With("/format", "other-case")), "/format");
    EXPECT_EQ(RefusalOf(With("/version", 2)), "/version");
    EXPECT_EQ(RefusalOf(With("/version", "1")), "/version");
    EXPECT_EQ(RefusalOf(With("/version", 1.0)), "/version");
    EXPECT_EQ(RefusalOf(Without("/format")), "/format");
    EXPECT_EQ(RefusalOf(json::array()), "/");
}

TEST(Refusal, MissingRequiredFields) {
    for (const char* pointer :
         {"/case", "/case/title", "/case/jurisdiction", "/case/currency", "/case/timezone",
          "/case/claimant", "/case/claimant/name", "/case/company/name", "/case/contacts/0/id",
          "/case/contacts/0/at", "/case/contacts/0/channel", "/case/contacts/1/summary",
          "/case/promises/0/text", "/case/invoices/0/number", "/case/invoices/0/issued",
          "/case/invoices/0/billed", "/case/payments/0/at", "/case/payments/0/amount",
          "/case/incidents/0/from", "/case/documents/0/file", "/case/notes/0/text"}) {
        std::string message;
        EXPECT_EQ(RefusalOf(Without(pointer), &message), pointer);
        EXPECT_NE(message.find("missing"), std::string::npos) << message;
    }
    EXPECT_EQ(RefusalOf(With("/case/title", "")), "/case/title");
}

TEST(Refusal, WrongTypes) {
    EXPECT_EQ(RefusalOf(With("/case/contacts", json::object())), "/case/contacts");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0", "c1")), "/case/contacts/0");
    EXPECT_EQ(RefusalOf(With("/case/title", 5)), "/case/title");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/duration_min", "42")), "/case/contacts/0/duration_min");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/duration_min", 4.5)), "/case/contacts/0/duration_min");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/wait_min", -1)), "/case/contacts/0/wait_min");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/complaint", "yes")), "/case/contacts/0/complaint");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/documents/1/page", 0)), "/case/contacts/0/documents/1/page");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/documents/0", 3)), "/case/contacts/0/documents/0");
    EXPECT_EQ(RefusalOf(With("/case/claimant", "Lucía")), "/case/claimant");
    EXPECT_EQ(RefusalOf(With("/case/references", json::array({"x"}))), "/case/references/0");
    EXPECT_EQ(RefusalOf(With("/case/notes/0/text", std::string("a\0b", 3))), "/case/notes/0/text");
}

TEST(Refusal, BadEnumValues) {
    EXPECT_EQ(RefusalOf(With("/case/status", "pending")), "/case/status");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/channel", "fax")), "/case/contacts/0/channel");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/direction", "in")), "/case/contacts/0/direction");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/precision", "second")), "/case/contacts/0/precision");
    EXPECT_EQ(RefusalOf(With("/case/promises/0/status", "Broken")), "/case/promises/0/status");
    EXPECT_EQ(RefusalOf(With("/case/payments/0/kind", "gift")), "/case/payments/0/kind");
    EXPECT_EQ(RefusalOf(With("/case/documents/0/kind", "pdf")), "/case/documents/0/kind");
}

TEST(Refusal, ImpossibleDates) {
    EXPECT_EQ(RefusalOf(With("/case/promises/0/due", "2026-02-30")), "/case/promises/0/due");
    EXPECT_EQ(RefusalOf(With("/case/invoices/0/issued", "2026-13-01")), "/case/invoices/0/issued");
    EXPECT_EQ(RefusalOf(With("/case/invoices/0/issued", "1/2/2026")), "/case/invoices/0/issued");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/at", "2026-02-30T10:00:00+01:00")), "/case/contacts/0/at");
    EXPECT_EQ(RefusalOf(With("/case/notes/0/at", "2026-02-29")), "/case/notes/0/at");
    EXPECT_EQ(RefusalOf(With("/case/incidents/0/to", "2026-04-31")), "/case/incidents/0/to");
}

TEST(Refusal, AmountsThatAreNotDecimalStrings) {
    for (const json& bad : {json(39.9), json(40), json("1e5"), json("12,3"), json("+5"),
                            json("39.999"), json(""), json(" 1"), json("1."), json(".5")}) {
        EXPECT_EQ(RefusalOf(With("/case/invoices/0/billed", bad)), "/case/invoices/0/billed") << bad;
    }
    EXPECT_EQ(RefusalOf(With("/case/payments/0/amount", 10)), "/case/payments/0/amount");
    json clp = With("/case/currency", "CLP");
    clp["case"]["invoices"][0] = {{"id", "i1"}, {"number", "F"}, {"issued", "2026-01-01"}, {"billed", "100.5"}};
    EXPECT_EQ(RefusalOf(clp), "/case/invoices/0/billed");
}

TEST(Refusal, TimesPerTheTimesRules) {
    // Europe/Madrid: 2026-03-29 02:30 never happened, 2026-10-25 02:30 happened twice.
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/at", "2026-03-29T02:30")), "/case/contacts/0/at");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/at", "2026-10-25T02:30:00")), "/case/contacts/0/at");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/recorded_at", "2026-10-25T02:30")), "/case/contacts/0/recorded_at");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/at", "2026-01-14 09:05")), "/case/contacts/0/at");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/at", "2026-01-14T25:00")), "/case/contacts/0/at");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/at", "2026-01-14T09:05+1")), "/case/contacts/0/at");
    EXPECT_EQ(RefusalOf(With("/case/incidents/0/from", "yesterday")), "/case/incidents/0/from");
    // With an offset the same wall-clock times are fine.
    TempDir dir = Scratch();
    EXPECT_NO_THROW(ReadCaseFile(WriteCaseFolder(dir.Path(), With("/case/contacts/0/at", "2026-10-25T02:30:00+01:00"))));
}

TEST(Refusal, UnknownCurrencyZoneCountryLanguage) {
    EXPECT_EQ(RefusalOf(With("/case/currency", "XYZ")), "/case/currency");
    EXPECT_EQ(RefusalOf(With("/case/currency", "eur")), "/case/currency");
    EXPECT_EQ(RefusalOf(With("/case/timezone", "Mars/Olympus_Mons")), "/case/timezone");
    EXPECT_EQ(RefusalOf(With("/case/timezone", "")), "/case/timezone");
    EXPECT_EQ(RefusalOf(With("/case/jurisdiction", "QQ")), "/case/jurisdiction");
    EXPECT_EQ(RefusalOf(With("/case/jurisdiction", "es")), "/case/jurisdiction");
    EXPECT_EQ(RefusalOf(With("/case/language", "spanish")), "/case/language");
}

TEST(Refusal, DuplicateIds) {
    EXPECT_EQ(RefusalOf(With("/case/contacts/1/id", "c1")), "/case/contacts/1/id");
    // Unique within the whole file, not only within a kind.
    EXPECT_EQ(RefusalOf(With("/case/documents/0/id", "c2")), "/case/documents/0/id");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/id", "")), "/case/contacts/0/id");
}

TEST(Refusal, DanglingReferences) {
    EXPECT_EQ(RefusalOf(With("/case/promises/0/contact", "c99")), "/case/promises/0/contact");
    EXPECT_EQ(RefusalOf(With("/case/contacts/1/reply_to", "c9")), "/case/contacts/1/reply_to");
    EXPECT_EQ(RefusalOf(With("/case/contacts/1/reply_to", "c2")), "/case/contacts/1/reply_to");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/documents/0", "d9")), "/case/contacts/0/documents/0");
    EXPECT_EQ(RefusalOf(With("/case/contacts/0/documents/1/doc", "d9")), "/case/contacts/0/documents/1/doc");
    EXPECT_EQ(RefusalOf(With("/case/invoices/0/documents/0", "x")), "/case/invoices/0/documents/0");
    EXPECT_EQ(RefusalOf(With("/case/payments/0/documents", {"d2"})), "/case/payments/0/documents/0");
    std::string message;
    EXPECT_EQ(RefusalOf(With("/case/promises/0/contact", "d1"), &message), "/case/promises/0/contact");
    EXPECT_NE(message.find("document, not a contact"), std::string::npos) << message;
}

TEST(Refusal, NothingIsReturnedOnRefusalAndMessagesNameThePointer) {
    std::string message;
    EXPECT_EQ(RefusalOf(With("/case/contacts/1/at", "2026-02-30"), &message), "/case/contacts/1/at");
    EXPECT_EQ(message.rfind("/case/contacts/1/at: ", 0), 0u) << message;
    EXPECT_NE(message.find("2026-02-30"), std::string::npos) << message;
}

} // namespace
} // namespace reclama::casefile::test

#include "core/Model.h"
#include "core/TextFold.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace reclama::core;

namespace {

// Every name, spelled as case-format.md spells it; both directions must agree with this list.
template <typename Enum, typename Parse>
void ExpectNames(const std::vector<std::pair<Enum, const char*>>& names, Parse parse) {
    for (const auto& [value, name] : names) {
        EXPECT_EQ(ToString(value), name);
        EXPECT_EQ(parse(name), value) << name;
    }
}

} // namespace

TEST(Model, NamesAreThoseOfTheCaseFile) {
    ExpectNames<CaseStatus>({{CaseStatus::Open, "open"},
                             {CaseStatus::Escalated, "escalated"},
                             {CaseStatus::Resolved, "resolved"},
                             {CaseStatus::Closed, "closed"}},
                            CaseStatusFromString);
    ExpectNames<Channel>({{Channel::Phone, "phone"},
                          {Channel::Email, "email"},
                          {Channel::Chat, "chat"},
                          {Channel::Letter, "letter"},
                          {Channel::Visit, "visit"},
                          {Channel::Web, "web"},
                          {Channel::Social, "social"},
                          {Channel::Sms, "sms"},
                          {Channel::Other, "other"}},
                         ChannelFromString);
    ExpectNames<Direction>({{Direction::Outgoing, "outgoing"}, {Direction::Incoming, "incoming"}},
                           DirectionFromString);
    ExpectNames<PromiseStatus>({{PromiseStatus::Pending, "pending"},
                                {PromiseStatus::Kept, "kept"},
                                {PromiseStatus::PartlyKept, "partly_kept"},
                                {PromiseStatus::Broken, "broken"}},
                               PromiseStatusFromString);
    ExpectNames<PaymentKind>({{PaymentKind::Payment, "payment"},
                              {PaymentKind::Refund, "refund"},
                              {PaymentKind::Compensation, "compensation"}},
                             PaymentKindFromString);
    ExpectNames<DocumentKind>({{DocumentKind::Invoice, "invoice"},
                               {DocumentKind::Contract, "contract"},
                               {DocumentKind::Letter, "letter"},
                               {DocumentKind::Email, "email"},
                               {DocumentKind::Screenshot, "screenshot"},
                               {DocumentKind::Photo, "photo"},
                               {DocumentKind::Recording, "recording"},
                               {DocumentKind::Transcript, "transcript"},
                               {DocumentKind::Receipt, "receipt"},
                               {DocumentKind::Statement, "statement"},
                               {DocumentKind::Other, "other"}},
                              DocumentKindFromString);
    ExpectNames<RecordKind>({{RecordKind::Contact, "contact"},
                             {RecordKind::Promise, "promise"},
                             {RecordKind::Invoice, "invoice"},
                             {RecordKind::Payment, "payment"},
                             {RecordKind::Incident, "incident"},
                             {RecordKind::Document, "document"},
                             {RecordKind::Note, "note"}},
                            RecordKindFromString);
}

TEST(Model, UnknownNamesAreRefused) {
    EXPECT_FALSE(ChannelFromString("fax"));
    EXPECT_FALSE(ChannelFromString("Phone")); // names are exact, as in the file
    EXPECT_FALSE(PromiseStatusFromString("partly-kept"));
    EXPECT_FALSE(PromiseStatusFromString("partlykept"));
    EXPECT_FALSE(CaseStatusFromString(""));
    EXPECT_FALSE(DocumentKindFromString("pdf"));
    EXPECT_FALSE(PaymentKindFromString("refunds"));
    EXPECT_FALSE(DirectionFromString("in"));
}

TEST(Model, RecordHandles) {
    const std::vector<std::pair<RecordKind, char>> prefixes{
        {RecordKind::Contact, 'c'}, {RecordKind::Promise, 'p'},  {RecordKind::Invoice, 'i'},
        {RecordKind::Payment, 'm'}, {RecordKind::Incident, 'o'}, {RecordKind::Document, 'd'},
        {RecordKind::Note, 'n'}};
    for (const auto& [kind, prefix] : prefixes) {
        EXPECT_EQ(RecordPrefix(kind), prefix);
        const std::string handle = RecordHandle(kind, 12);
        EXPECT_EQ(handle, std::string(1, prefix) + "12");
        EXPECT_EQ(ParseRecordHandle(handle), (RecordRef{kind, 12})) << handle;
    }
    EXPECT_EQ(RecordHandle(RecordKind::Contact, 12), "c12");
    EXPECT_EQ(ParseRecordHandle("c12"), (RecordRef{RecordKind::Contact, 12}));
    EXPECT_EQ(ParseRecordHandle("m1"), (RecordRef{RecordKind::Payment, 1}));
    EXPECT_EQ(ParseRecordHandle("o7"), (RecordRef{RecordKind::Incident, 7}));
    for (const char* bad : {"", "c", "x1", "c0", "c-1", "c+1", "c1a", "12", "C12", " c1", "c 1",
                            "cc1", "c99999999999999999999"}) {
        EXPECT_FALSE(ParseRecordHandle(bad)) << bad;
    }
}

TEST(Model, FindsRecordsById) {
    Case c;
    Contact a, b;
    a.id = 4;
    a.summary = "first";
    b.id = 9;
    b.summary = "second";
    c.contacts = {a, b};
    Document d;
    d.id = 3;
    d.title = "Factura";
    c.documents = {d};
    ASSERT_NE(c.FindContact(9), nullptr);
    EXPECT_EQ(c.FindContact(9)->summary, "second");
    EXPECT_EQ(c.FindContact(4), &c.contacts[0]);
    EXPECT_EQ(c.FindContact(3), nullptr); // a document's id is not a contact's
    ASSERT_NE(c.FindDocument(3), nullptr);
    EXPECT_EQ(c.FindDocument(3)->title, "Factura");
    EXPECT_EQ(c.FindDocument(4), nullptr);
    EXPECT_EQ(Case().FindContact(1), nullptr);
}

TEST(TextFold, IgnoresCaseAndAccents) {
    EXPECT_EQ(FoldForMatch("Avería"), FoldForMatch("averia"));
    EXPECT_EQ(FoldForMatch("TELEFONÍA Móvil"), "telefonia movil");
    EXPECT_EQ(FoldForMatch("Ñandú"), "nandu");
    EXPECT_NE(FoldForMatch("avería"), FoldForMatch("averias"));
}

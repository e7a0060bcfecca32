#include "core/Model.h"

#include <gtest/gtest.h>

using namespace reclama::core;

TEST(Model, NamesAreThoseOfTheCaseFile) {
    EXPECT_EQ(ToString(PromiseStatus::PartlyKept), "partly_kept");
    EXPECT_EQ(PromiseStatusFromString("partly_kept"), PromiseStatus::PartlyKept);
    EXPECT_EQ(ChannelFromString("web"), Channel::Web);
    EXPECT_FALSE(ChannelFromString("fax"));
    EXPECT_EQ(ToString(DocumentKind::Screenshot), "screenshot");
    EXPECT_EQ(CaseStatusFromString("escalated"), CaseStatus::Escalated);
}

TEST(Model, RecordHandles) {
    EXPECT_EQ(RecordHandle(RecordKind::Contact, 12), "c12");
    EXPECT_EQ(RecordHandle(RecordKind::Payment, 1), "m1");
    auto ref = ParseRecordHandle("o7");
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->kind, RecordKind::Incident);
    EXPECT_EQ(ref->id, 7);
    for (const char* bad : {"", "c", "x1", "c0", "c-1", "c1a", "12"}) {
        EXPECT_FALSE(ParseRecordHandle(bad)) << bad;
    }
}

#include "core/TextFold.h"

TEST(TextFold, IgnoresCaseAndAccents) {
    EXPECT_EQ(FoldForMatch("Avería"), FoldForMatch("averia"));
    EXPECT_EQ(FoldForMatch("TELEFONÍA Móvil"), "telefonia movil");
    EXPECT_EQ(FoldForMatch("Ñandú"), "nandu");
}

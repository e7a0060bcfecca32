#include "core/Error.h"
#include "jobs/RecordFields.h"

#include <gtest/gtest.h>

using namespace reclama;

namespace {
core::Case Madrid() {
    core::Case c;
    c.currency = "EUR";
    c.timezone = "Europe/Madrid";
    core::Document d;
    d.id = 4;
    c.documents = {d};
    return c;
}
} // namespace

TEST(RecordFields, ContactFromTypedValues) {
    core::Contact k;
    jobs::ApplyFields(k, {{"at", "2026-03-02T10:15"}, {"channel", "phone"}, {"wait", "25"},
                          {"summary", "Llamé otra vez"}, {"document", "d4:2"}}, Madrid());
    EXPECT_EQ(k.at.offsetMinutes, 60);
    EXPECT_EQ(k.waitMin, 25);
    ASSERT_EQ(k.documents.size(), 1u);
    EXPECT_EQ(k.documents[0].page, 2);
    jobs::RequireComplete(k);
}

TEST(RecordFields, PrecisionAppliesToTheTimeWhateverTheOrder) {
    core::Contact k;
    jobs::ApplyFields(k, {{"precision", "day"}, {"at", "2026-03-02T10:15"}, {"summary", "x"}}, Madrid());
    EXPECT_EQ(k.at.ToIso(), "2026-03-02");
}

TEST(RecordFields, BadValuesNameTheFieldAndChangeNothing) {
    core::Invoice i;
    i.number = "F-1";
    try {
        jobs::ApplyFields(i, {{"number", "F-2"}, {"billed", "12,50"}}, Madrid());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.Where(), "--billed");
    }
    EXPECT_EQ(i.number, "F-1");
    core::Contact k;
    EXPECT_THROW(jobs::ApplyFields(k, {{"mood", "angry"}}, Madrid()), InputError);
    EXPECT_THROW(jobs::ApplyFields(k, {{"document", "d9"}}, Madrid()), InputError);
    EXPECT_THROW(jobs::RequireComplete(k), InputError);
}

TEST(RecordFields, NewInvoiceIsUndisputedUnlessSaidOtherwise) {
    core::Invoice i;
    jobs::ApplyFields(i, {{"number", "F"}, {"issued", "2026-02-01"}, {"billed", "39.90"}}, Madrid());
    EXPECT_EQ(i.correct.minor, 3990);
    EXPECT_EQ(i.paid.minor, 0);
}

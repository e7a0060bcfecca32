#include "JobsTestSupport.h"
#include "casefile/CaseFile.h"
#include "core/Error.h"
#include "core/Ledger.h"
#include "jobs/CaseReport.h"
#include "jobs/ImportJob.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace reclama;
using reclama::test::SampleLibrary;

namespace {

// The same case apart from the store's record ids (case-format.md: ids may be renumbered).
core::Case Renumbered(core::Case c) {
    std::map<core::RecordId, core::RecordId> contacts, documents;
    core::RecordId n = 0;
    for (auto& d : c.documents) documents[d.id] = ++n;
    n = 0;
    for (auto& k : c.contacts) contacts[k.id] = ++n;
    c.id = 0;
    auto links = [&](std::vector<core::DocumentLink>& v) {
        for (auto& l : v) l.document = documents.at(l.document);
    };
    for (auto& k : c.contacts) {
        k.id = contacts.at(k.id);
        if (k.replyTo) k.replyTo = contacts.at(*k.replyTo);
        links(k.documents);
    }
    for (auto& d : c.documents) d.id = documents.at(d.id);
    n = 0;
    for (auto& p : c.promises) {
        p.id = ++n;
        if (p.contact) p.contact = contacts.at(*p.contact);
    }
    n = 0;
    for (auto& i : c.invoices) { i.id = ++n; links(i.documents); }
    n = 0;
    for (auto& m : c.payments) { m.id = ++n; links(m.documents); }
    n = 0;
    for (auto& o : c.incidents) o.id = ++n;
    n = 0;
    for (auto& x : c.notes) x.id = ++n;
    return c;
}

} // namespace

TEST(Import, SamplesGiveTheMoneySummaryOfCaseFormat) {
    SampleLibrary s;
    auto es = jobs::CaseOverviewJson(s.library->LoadCase(s.es), core::Date(2026, 3, 20));
    EXPECT_EQ(es["money"]["wrongly_billed"], "63.07");
    EXPECT_EQ(es["money"]["received_back"], "1.20");
    EXPECT_EQ(es["money"]["total_claimed"], "61.87");
    EXPECT_EQ(es["promises"]["broken"], 3);
    EXPECT_EQ(es["counts"]["contacts"], 7);
    auto cl = jobs::CaseOverviewJson(s.library->LoadCase(s.cl), core::Date(2026, 6, 20));
    EXPECT_EQ(cl["money"]["still_to_cancel"], "2295880");
    EXPECT_EQ(cl["money"]["total_claimed"], "2295880");
    EXPECT_EQ(cl["counts"]["documents"], 6);
}

TEST(Import, ExportJsonThenReimportGivesTheSameCase) {
    SampleLibrary s;
    for (auto id : {s.es, s.cl}) {
        core::Case original = s.library->LoadCase(id);
        auto out = s.dir.path / ("export-" + std::to_string(id));
        casefile::WriteCaseFile(original, [&](const core::Document& d) { return s.library->ObjectPath(d.sha256); }, out);
        jobs::SilentProgress progress;
        auto again = jobs::ImportCaseFile(*s.library, out, progress).caseId;
        core::Case reimported = s.library->LoadCase(again);
        EXPECT_EQ(Renumbered(reimported), Renumbered(original)) << original.title;
        // Every attachment byte-identical: the same SHA-256, and the stored file re-checks.
        for (std::size_t i = 0; i < original.documents.size(); ++i) {
            EXPECT_EQ(reimported.documents[i].sha256, original.documents[i].sha256);
        }
    }
    EXPECT_TRUE(s.library->Check().empty());
}

TEST(Import, ARefusedFileImportsNothing) {
    test::TempDir dir;
    auto lib = store::Library::Open(dir.path / "lib");
    std::filesystem::create_directories(dir.path / "bad");
    std::ofstream(dir.path / "bad" / "case.json")
        << R"({"format":"reclama-case","version":1,"case":{"title":"x","jurisdiction":"ES","currency":"EUR",
              "timezone":"Europe/Madrid","claimant":{"name":"a"},"company":{"name":"b"},
              "contacts":[{"id":"c1","at":"2026-02-30T10:00","channel":"phone","summary":"s"}]}})";
    jobs::SilentProgress progress;
    try {
        jobs::ImportCaseFile(*lib, dir.path / "bad", progress);
        FAIL() << "an impossible date was accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.Where(), "/case/contacts/0/at");
    }
    EXPECT_TRUE(lib->ListCases().empty());
}

TEST(Import, SearchFindsTheTextOfAttachments) {
    SampleLibrary s;
    // "Disculpe las molestias" is only in the body of respuesta.eml.
    auto hits = s.library->Search("disculpe molestias");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits[0].caseId, s.es);
    EXPECT_EQ(hits[0].handle.substr(0, 1), "d");
    // Accent-insensitive across cases: "promocion" finds "promoción" in the Chilean e-mail.
    bool found = false;
    for (const auto& h : s.library->Search("promocion")) found = found || h.caseId == s.cl;
    EXPECT_TRUE(found);
}

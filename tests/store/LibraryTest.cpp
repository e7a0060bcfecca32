#include "TestLibrary.h"
#include "core/Error.h"
#include "core/Ledger.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace reclama;
using reclama::test::Call;
using reclama::test::MadridCase;
using reclama::test::TempFolder;

namespace {

std::filesystem::path WriteFile(const std::filesystem::path& dir, const std::string& name,
                                const std::string& bytes) {
    auto path = dir / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

core::Case FullCase() {
    core::Case c = MadridCase();
    c.status = core::CaseStatus::Escalated;
    c.remedy = "Devolución";
    c.claimant = {"Lucía", "12345678Z", "C/ Mayor 15", "l@example.es", "+34 600", "Abogada"};
    c.company = {"Conecta", "A123", "Castellana 200", "ES-1"};
    core::Contact k1 = Call("2026-01-14T09:05:00+01:00", "Se comunica la avería");
    k1.id = 1;
    k1.durationMin = 38;
    k1.complaint = true;
    k1.documents = {{1, std::nullopt}, {2, 2}};
    core::Contact k2 = Call("2026-01-22", "SMS recibido");
    k2.id = 2;
    k2.at.precision = core::Precision::Day;
    k2.recordedAt.reset();
    k2.direction = core::Direction::Incoming;
    k2.replyTo = 1;
    c.contacts = {k1, k2};
    core::Promise p;
    p.id = 1;
    p.contact = 1;
    p.by = "Marta";
    p.text = "Llamar en 48 horas";
    p.due = core::Date(2026, 1, 16);
    p.status = core::PromiseStatus::Broken;
    p.resolved = core::Date(2026, 1, 17);
    c.promises = {p};
    core::Invoice i;
    i.id = 1;
    i.number = "FA26-1";
    i.issued = core::Date(2026, 2, 1);
    i.periodFrom = core::Date(2026, 1, 1);
    i.periodTo = core::Date(2026, 1, 31);
    i.billed = core::ParseAmount("39.90", "EUR");
    i.correct = core::ParseAmount("16.73", "EUR");
    i.paid = core::ParseAmount("39.90", "EUR");
    i.documents = {{1, std::nullopt}};
    c.invoices = {i};
    core::Payment m;
    m.id = 1;
    m.at = core::ParseEventTime("2026-03-15", "Europe/Madrid");
    m.kind = core::PaymentKind::Compensation;
    m.amount = core::ParseAmount("1.20", "EUR");
    m.reference = "Compensación";
    c.payments = {m};
    core::Incident o;
    o.id = 1;
    o.from = core::ParseEventTime("2026-01-14T08:00:00+01:00", "Europe/Madrid");
    o.description = "Sin servicio";
    c.incidents = {o};
    core::Document d1, d2;
    d1.id = 1;
    d1.title = "Factura";
    d1.date = core::Date(2026, 2, 1);
    d1.kind = core::DocumentKind::Invoice;
    d1.originalName = "factura.txt";
    d1.mediaType = "text/plain";
    d2 = d1;
    d2.id = 2;
    d2.title = "Captura";
    d2.originalName = "captura.txt";
    c.documents = {d1, d2};
    core::Note n;
    n.id = 1;
    n.at = core::ParseEventTime("2026-03-06", "Europe/Madrid");
    n.text = "Acudir a la oficina";
    c.notes = {n};
    return c;
}

// Record ids differ after a store round trip; everything else must not.
core::Case WithoutIds(core::Case c) {
    std::map<core::RecordId, core::RecordId> contacts, documents;
    core::RecordId next = 1;
    for (auto& d : c.documents) documents[d.id] = next++;
    next = 1;
    for (auto& k : c.contacts) contacts[k.id] = next++;
    c.id = 0;
    auto fixLinks = [&](std::vector<core::DocumentLink>& links) {
        for (auto& l : links) l.document = documents.at(l.document);
    };
    for (auto& k : c.contacts) {
        k.id = contacts.at(k.id);
        if (k.replyTo) k.replyTo = contacts.at(*k.replyTo);
        fixLinks(k.documents);
    }
    for (auto& d : c.documents) {
        d.id = documents.at(d.id);
        d.sha256.clear();
        d.size = 0;
    }
    core::RecordId i = 1;
    for (auto& p : c.promises) {
        p.id = i++;
        if (p.contact) p.contact = contacts.at(*p.contact);
    }
    i = 1;
    for (auto& r : c.invoices) { r.id = i++; fixLinks(r.documents); }
    i = 1;
    for (auto& r : c.payments) { r.id = i++; fixLinks(r.documents); }
    i = 1;
    for (auto& r : c.incidents) r.id = i++;
    i = 1;
    for (auto& r : c.notes) r.id = i++;
    return c;
}

} // namespace

TEST(Library, ImportKeepsEveryFieldAndLink) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    core::Case c = FullCase();
    auto f1 = WriteFile(dir.path, "factura.txt", "factura avería enero");
    auto f2 = WriteFile(dir.path, "captura.txt", "captura");
    auto id = lib->ImportCase(c, {{1, f1}, {2, f2}});
    core::Case loaded = lib->LoadCase(id);
    EXPECT_EQ(loaded.documents[0].size, 20 + 1); // "í" is two bytes
    EXPECT_EQ(WithoutIds(loaded), WithoutIds(c));
}

TEST(Library, FailedImportImportsNothing) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    core::Case c = FullCase();
    auto f1 = WriteFile(dir.path, "factura.txt", "unique bytes 1");
    // Document 2's file is missing: nothing may be left behind, not even document 1's object.
    EXPECT_THROW(lib->ImportCase(c, {{1, f1}, {2, dir.path / "missing.txt"}}), InputError);
    EXPECT_TRUE(lib->ListCases().empty());
    std::size_t objects = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path / "lib" / "objects"))
        objects += e.is_regular_file();
    EXPECT_EQ(objects, 0u);
}

TEST(Library, EditsAreKeptInHistoryAndCanBeUndone) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase());
    auto contactId = lib->Add(caseId, Call("2026-01-14T09:05", "Primera llamada"));
    core::Case c = lib->LoadCase(caseId);
    core::Contact k = c.contacts.at(0);
    k.summary = "Primera llamada, corregida";
    lib->Update(k);
    auto history = lib->RecordHistory(core::RecordHandle(core::RecordKind::Contact, contactId));
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].action, "add");
    EXPECT_EQ(history[1].action, "edit");
    bool sawSummary = false;
    for (const auto& [field, before, after] : history[1].changes) {
        if (field == "summary") {
            sawSummary = true;
            EXPECT_EQ(before, "Primera llamada");
            EXPECT_EQ(after, "Primera llamada, corregida");
        }
    }
    EXPECT_TRUE(sawSummary);
    EXPECT_EQ(lib->UndoLastEdit(caseId), "edit c" + std::to_string(contactId));
    EXPECT_EQ(lib->LoadCase(caseId).contacts.at(0).summary, "Primera llamada");
    // Delete keeps history, and undo brings the record back.
    lib->Delete({core::RecordKind::Contact, contactId});
    EXPECT_TRUE(lib->LoadCase(caseId).contacts.empty());
    lib->UndoLastEdit(caseId);
    EXPECT_EQ(lib->LoadCase(caseId).contacts.size(), 1u);
    EXPECT_GE(lib->History(caseId).size(), 6u);
}

TEST(Library, SameFileIsStoredOnce) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase());
    auto file = WriteFile(dir.path, "factura.pdf", "%PDF-1.4 not really");
    core::Document meta;
    meta.title = "Factura";
    auto first = lib->AttachFile(caseId, file, meta);
    EXPECT_FALSE(first.alreadyStored);
    auto second = lib->AttachFile(caseId, file, meta);
    EXPECT_TRUE(second.alreadyStored);
    EXPECT_EQ(first.document.sha256, second.document.sha256);
    auto stored = lib->ObjectPath(first.document.sha256);
    EXPECT_TRUE(std::filesystem::exists(stored));
    // Originals are read-only: nobody edits evidence by accident.
    EXPECT_EQ(std::filesystem::status(stored).permissions() & std::filesystem::perms::owner_write,
              std::filesystem::perms::none);
}

TEST(Library, SearchIgnoresAccentsAndNeverParsesSyntax) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase());
    lib->Add(caseId, Call("2026-01-14T09:05", "Se comunica la avería al técnico"));
    auto hits = lib->Search("averia"); // the case title and the contact both say "avería"
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(lib->Search("AVERÍA tecnico").size(), 1u);
    EXPECT_EQ(lib->Search("AVERÍA tecnico")[0].handle.substr(0, 1), "c");
    EXPECT_EQ(lib->Search("Marta").size(), 1u);
    EXPECT_NO_THROW(lib->Search("a AND ( \" NEAR"));
    EXPECT_NO_THROW(lib->Search("*"));
    EXPECT_TRUE(lib->Search("   ").empty());
}

TEST(Library, ResolvesCasesByIdOrTitlePrefix) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto a = lib->CreateCase(MadridCase("Telefonía móvil – equipos"));
    auto b = lib->CreateCase(MadridCase("Telefonía fija – cortes"));
    EXPECT_EQ(lib->ResolveCase(std::to_string(a)), a);
    EXPECT_EQ(lib->ResolveCase("telefonia MOV"), a);
    EXPECT_EQ(lib->ResolveCase("Telefonía fi"), b);
    try {
        lib->ResolveCase("telef");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("Telefonía fija"), std::string::npos);
    }
    EXPECT_THROW(lib->ResolveCase("zzz"), NotFoundError);
    EXPECT_THROW(lib->ResolveCase("999"), NotFoundError);
}

TEST(Library, LinksMustStayInsideTheirCase) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto a = lib->CreateCase(MadridCase("A"));
    auto b = lib->CreateCase(MadridCase("B"));
    auto contactInA = lib->Add(a, Call("2026-01-14T09:05", "x"));
    core::Promise p;
    p.text = "y";
    p.contact = contactInA;
    EXPECT_THROW(lib->Add(b, p), InputError);
    EXPECT_TRUE(lib->LoadCase(b).promises.empty());
}

TEST(Library, BackupAndRestoreRoundTrip) {
    TempFolder dir;
    core::RecordId caseId = 0;
    {
        auto lib = store::Library::Open(dir.path / "lib");
        caseId = lib->CreateCase(MadridCase());
        lib->Add(caseId, Call("2026-01-14T09:05", "Llamada"));
        lib->AttachFile(caseId, WriteFile(dir.path, "a.txt", "evidence"), core::Document{});
        lib->Backup(dir.path / "copia.zip");
    }
    store::Library::Restore(dir.path / "copia.zip", dir.path / "restored", false);
    auto restored = store::Library::Open(dir.path / "restored");
    auto c = restored->LoadCase(caseId);
    EXPECT_EQ(c.contacts.size(), 1u);
    EXPECT_EQ(c.documents.size(), 1u);
    EXPECT_TRUE(restored->Check().empty());
    // Restoring over an existing library needs --replace.
    EXPECT_THROW(store::Library::Restore(dir.path / "copia.zip", dir.path / "restored", false), InputError);
    // A file that is not a backup is refused and changes nothing.
    WriteFile(dir.path, "bogus.zip", "not a zip");
    EXPECT_THROW(store::Library::Restore(dir.path / "bogus.zip", dir.path / "restored", true), InputError);
    EXPECT_EQ(store::Library::Open(dir.path / "restored")->LoadCase(caseId).contacts.size(), 1u);
}

TEST(Library, CheckNamesAnAlteredAttachment) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase());
    core::Document meta;
    meta.title = "Factura enero";
    auto attached = lib->AttachFile(caseId, WriteFile(dir.path, "factura.txt", "39,90"), meta);
    EXPECT_TRUE(lib->Check().empty());
    auto object = lib->ObjectPath(attached.document.sha256);
    std::filesystem::permissions(object, std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
    std::ofstream(object, std::ios::binary) << "99,90";
    auto problems = lib->Check();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("Factura enero"), std::string::npos);
    EXPECT_NE(problems[0].find("altered"), std::string::npos);
    std::filesystem::remove(object);
    problems = lib->Check();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("missing"), std::string::npos);
}

TEST(Library, ListShowsCountsAndTheAmountClaimedAsCoreComputesIt) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    core::Case c = FullCase();
    core::Payment refund;
    refund.id = 2;
    refund.at = core::ParseEventTime("2026-03-20", "Europe/Madrid");
    refund.kind = core::PaymentKind::Refund;
    refund.amount = core::ParseAmount("5.00", "EUR");
    core::Payment paid = refund;
    paid.id = 3;
    paid.kind = core::PaymentKind::Payment; // shown, never subtracted from the claim
    c.payments.push_back(refund);
    c.payments.push_back(paid);
    auto f1 = WriteFile(dir.path, "factura.txt", "1");
    auto f2 = WriteFile(dir.path, "captura.txt", "2");
    auto id = lib->ImportCase(c, {{1, f1}, {2, f2}});
    lib->CreateCase(MadridCase("Vacío"));
    auto list = lib->ListCases();
    ASSERT_EQ(list.size(), 2u);
    const auto& s = list[0];
    EXPECT_EQ(s.id, id);
    EXPECT_EQ(s.contacts, 2);
    EXPECT_EQ(s.promises, 1);
    EXPECT_EQ(s.brokenPromises, 1);
    EXPECT_EQ(s.invoices, 1);
    EXPECT_EQ(s.payments, 3);
    EXPECT_EQ(s.incidents, 1);
    EXPECT_EQ(s.documents, 2);
    EXPECT_EQ(s.notes, 1);
    EXPECT_EQ(s.totalClaimed, core::SummarizeMoney(lib->LoadCase(id)).totalClaimed);
    EXPECT_EQ(s.totalClaimed.minor, 3990 - 1673 - 120 - 500);
    EXPECT_EQ(list[1].totalClaimed, (core::Money{0, "EUR"}));
}

TEST(Library, ImportWithADanglingLinkIsRefusedWhole) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    core::Case c = FullCase();
    c.promises[0].contact = 7; // the case has contacts 1 and 2 only
    auto f1 = WriteFile(dir.path, "factura.txt", "bytes one");
    auto f2 = WriteFile(dir.path, "captura.txt", "bytes two");
    try {
        lib->ImportCase(c, {{1, f1}, {2, f2}});
        FAIL() << "import accepted a promise made in a contact that does not exist";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("c7"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(lib->ListCases().empty());
    EXPECT_TRUE(lib->Search("Marta").empty());
    std::size_t objects = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path / "lib" / "objects"))
        objects += e.is_regular_file();
    EXPECT_EQ(objects, 0u);
}

// Undo puts a case back exactly as it was: the record, and whatever pointed at it.

#include "TestLibrary.h"
#include "core/Error.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace reclama;
using reclama::test::Call;
using reclama::test::MadridCase;
using reclama::test::TempFolder;

TEST(Undo, CaseDetailsEditKeepsEveryRecord) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase("Antes"));
    lib->Add(caseId, Call("2026-01-14T09:05", "Llamada"));
    core::Promise p;
    p.text = "Devolver 39,90";
    lib->Add(caseId, p);
    core::Case header = lib->LoadCase(caseId);
    header.title = "Después";
    lib->UpdateCaseDetails(header);
    ASSERT_EQ(lib->UndoLastEdit(caseId), "edit case");
    core::Case after = lib->LoadCase(caseId);
    EXPECT_EQ(after.title, "Antes");
    EXPECT_EQ(after.contacts.size(), 1u);
    EXPECT_EQ(after.promises.size(), 1u);
    EXPECT_TRUE(lib->Check().empty());
}

TEST(Undo, DeletedDocumentComesBackWithItsLinksAndText) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase());
    auto contactId = lib->Add(caseId, Call("2026-01-14T09:05", "Llamada"));
    auto file = dir.path / "factura.txt";
    std::ofstream(file) << "importe indebido";
    core::Document meta;
    meta.title = "Factura enero";
    auto doc = lib->AttachFile(caseId, file, meta, core::RecordRef{core::RecordKind::Contact, contactId})
                   .document;
    lib->SetDocumentText(doc.id, "cargo por permanencia indebido");
    ASSERT_EQ(lib->Search("permanencia").size(), 1u);

    lib->Delete({core::RecordKind::Document, doc.id});
    EXPECT_TRUE(lib->LoadCase(caseId).contacts.at(0).documents.empty());
    EXPECT_TRUE(lib->Search("permanencia").empty());

    lib->UndoLastEdit(caseId);
    core::Case c = lib->LoadCase(caseId);
    ASSERT_EQ(c.documents.size(), 1u);
    EXPECT_EQ(c.documents[0], doc);
    EXPECT_EQ(c.contacts.at(0).documents, (std::vector<core::DocumentLink>{{doc.id, std::nullopt}}));
    EXPECT_EQ(lib->Search("permanencia").size(), 1u);
}

TEST(Undo, DeletedContactComesBackWithItsPromiseAndReplies) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase());
    core::Promise p;
    p.text = "Le llamamos en 48 horas";
    auto [contactId, promiseId] =
        lib->AddContactWithPromise(caseId, Call("2026-01-14T09:05", "Primera"), p);
    core::Contact reply = Call("2026-01-15T10:00", "Respuesta");
    reply.replyTo = contactId;
    lib->Add(caseId, reply);

    lib->Delete({core::RecordKind::Contact, contactId});
    core::Case c = lib->LoadCase(caseId);
    EXPECT_FALSE(c.promises.at(0).contact.has_value());
    EXPECT_FALSE(c.contacts.at(0).replyTo.has_value());

    EXPECT_EQ(lib->UndoLastEdit(caseId), "delete c" + std::to_string(contactId));
    c = lib->LoadCase(caseId);
    ASSERT_EQ(c.contacts.size(), 2u);
    EXPECT_EQ(c.promises.at(0).id, promiseId);
    EXPECT_EQ(c.promises.at(0).contact, contactId);
    EXPECT_EQ(c.contacts.at(1).replyTo, contactId);
}

TEST(Undo, StepsBackThroughEveryChangeButNeverDeletesTheCase) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase());
    EXPECT_FALSE(lib->UndoLastEdit(caseId).has_value());
    auto contactId = lib->Add(caseId, Call("2026-01-14T09:05", "Uno"));
    core::Contact k = lib->LoadCase(caseId).contacts.at(0);
    k.summary = "Dos";
    lib->Update(k);
    EXPECT_EQ(lib->UndoLastEdit(caseId), "edit c" + std::to_string(contactId));
    EXPECT_EQ(lib->UndoLastEdit(caseId), "add c" + std::to_string(contactId));
    EXPECT_FALSE(lib->UndoLastEdit(caseId).has_value());
    EXPECT_TRUE(lib->LoadCase(caseId).contacts.empty());
    // Each undo is itself in the history.
    int undos = 0;
    for (const auto& e : lib->History(caseId)) undos += e.action == "undo";
    EXPECT_EQ(undos, 2);
}

TEST(Undo, RecordIdsAreNeverReused) {
    TempFolder dir;
    core::RecordId caseId = 0, first = 0;
    {
        auto lib = store::Library::Open(dir.path / "lib");
        caseId = lib->CreateCase(MadridCase());
        first = lib->Add(caseId, Call("2026-01-14T09:05", "Uno"));
        lib->Delete({core::RecordKind::Contact, first});
    }
    auto lib = store::Library::Open(dir.path / "lib");
    auto second = lib->Add(caseId, Call("2026-01-14T09:05", "Otro"));
    EXPECT_GT(second, first);
    // "c<first>" keeps naming the deleted record only.
    auto history = lib->RecordHistory(core::RecordRef{core::RecordKind::Contact, first});
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].action, "delete");
}

TEST(Undo, SearchFollowsEachUndoneAddEditAndDelete) {
    TempFolder dir;
    auto lib = store::Library::Open(dir.path / "lib");
    auto caseId = lib->CreateCase(MadridCase());
    auto kept = lib->Add(caseId, Call("2026-01-13T09:05", "Primera llamada sobre el router"));
    auto added = lib->Add(caseId, Call("2026-01-14T09:05", "Llamada sobre la permanencia"));
    ASSERT_EQ(lib->Search("permanencia").size(), 1u);
    lib->UndoLastEdit(caseId); // the add
    EXPECT_TRUE(lib->Search("permanencia").empty());

    core::Contact edited = lib->LoadCase(caseId).contacts.at(0);
    ASSERT_EQ(edited.id, kept);
    edited.summary = "Llamada sobre la factura";
    lib->Update(edited);
    EXPECT_EQ(lib->Search("factura").size(), 1u);
    lib->UndoLastEdit(caseId); // the edit
    EXPECT_TRUE(lib->Search("factura").empty());
    EXPECT_EQ(lib->Search("router").size(), 1u);

    lib->Delete({core::RecordKind::Contact, kept});
    EXPECT_TRUE(lib->Search("router").empty());
    lib->UndoLastEdit(caseId); // the delete
    EXPECT_EQ(lib->Search("router").size(), 1u);
    (void)added;
}

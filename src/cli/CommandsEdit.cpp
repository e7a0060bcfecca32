// new, edit-case, add, attach, edit, delete, undo: changing the library, one transaction each.

#include "Commands.h"
#include "Context.h"
#include "core/Error.h"
#include "jobs/Intake.h"
#include "jobs/RecordFields.h"
#include "store/Library.h"

#include <boost/date_time/posix_time/posix_time.hpp>

#include <map>

namespace reclama::cli {
namespace {

using core::RecordKind;

// One repeatable string option per field; after parsing, the given ones in table order.
struct FieldOptions {
    std::vector<jobs::FieldInfo> fields;
    std::map<std::string, std::vector<std::string>> values;

    void AddTo(CLI::App* command, const std::vector<jobs::FieldInfo>& infos) {
        fields = infos;
        for (const auto& f : fields) {
            command->add_option("--" + f.name, values[f.name], f.help)->allow_extra_args(false);
        }
    }
    jobs::FieldValues Given(const std::string& zone) const {
        jobs::FieldValues given;
        for (const auto& f : fields) {
            for (auto value : values.at(f.name)) {
                if (value == "now") value = core::NowIn(zone, boost::posix_time::second_clock::universal_time()).ToIso();
                given.emplace_back(f.name, value);
            }
        }
        return given;
    }
};

core::RecordRef ParseHandle(const std::string& text) {
    auto ref = core::ParseRecordHandle(text);
    if (!ref) {
        throw InputError("RECORD", "'" + text + "' is not a record handle such as c12 (contact), p3 (promise), "
                                   "i2 (invoice), m1 (payment), o1 (incident), d4 (document) or n1 (note)");
    }
    return *ref;
}

template <typename Record>
Record& FindIn(std::vector<Record>& records, core::RecordId id, const std::string& handle) {
    for (auto& r : records)
        if (r.id == id) return r;
    throw NotFoundError("there is no record " + handle);
}

core::EventTime LoggedNow(const core::Case& c) {
    return core::NowIn(c.timezone, boost::posix_time::second_clock::universal_time());
}

} // namespace

void RegisterEditCommands(CLI::App& app, Context& ctx) {
    static FieldOptions caseFields;
    auto* create = app.add_subcommand("new", "create an empty case; prints its id");
    caseFields.AddTo(create, jobs::CaseFields());
    create->callback([&ctx] {
        core::Case header;
        jobs::ApplyCaseFields(header, caseFields.Given("UTC"));
        jobs::RequireCompleteCase(header);
        *ctx.out << ctx.Library().CreateCase(header) << "\n";
    });

    static std::string caseArg;
    static FieldOptions editCaseFields;
    auto* editCase = app.add_subcommand("edit-case", "change the details of a case (parties, summary, remedy, ...)");
    editCase->add_option("CASE", caseArg, "case id or the start of its title")->required();
    editCaseFields.AddTo(editCase, jobs::CaseFields());
    editCase->callback([&ctx] {
        auto& lib = ctx.Library();
        core::Case c = lib.LoadCase(lib.ResolveCase(caseArg));
        jobs::ApplyCaseFields(c, editCaseFields.Given(c.timezone));
        jobs::RequireCompleteCase(c);
        lib.UpdateCaseDetails(c);
    });

    auto* add = app.add_subcommand("add", "log a record in a case; prints its handle (e.g. c12)");
    add->require_subcommand(1);
    static std::map<RecordKind, FieldOptions> addFields;
    for (RecordKind kind : {RecordKind::Contact, RecordKind::Promise, RecordKind::Invoice,
                            RecordKind::Payment, RecordKind::Incident, RecordKind::Note}) {
        auto* sub = add->add_subcommand(std::string(core::ToString(kind)),
                                        "add a " + std::string(core::ToString(kind)));
        sub->add_option("CASE", caseArg, "case id or the start of its title")->required();
        addFields[kind].AddTo(sub, jobs::FieldsOf(kind));
        sub->callback([&ctx, kind] {
            auto& lib = ctx.Library();
            core::Case c = lib.LoadCase(lib.ResolveCase(caseArg));
            auto values = addFields[kind].Given(c.timezone);
            core::RecordId id = 0;
            switch (kind) {
            case RecordKind::Contact: {
                core::Contact r;
                r.recordedAt = LoggedNow(c);
                jobs::ApplyFields(r, values, c);
                jobs::RequireComplete(r);
                id = lib.Add(c.id, r);
                break;
            }
            case RecordKind::Promise: {
                core::Promise r;
                jobs::ApplyFields(r, values, c);
                jobs::RequireComplete(r);
                id = lib.Add(c.id, r);
                break;
            }
            case RecordKind::Invoice: {
                core::Invoice r;
                jobs::ApplyFields(r, values, c);
                jobs::RequireComplete(r);
                id = lib.Add(c.id, r);
                break;
            }
            case RecordKind::Payment: {
                core::Payment r;
                jobs::ApplyFields(r, values, c);
                jobs::RequireComplete(r);
                id = lib.Add(c.id, r);
                break;
            }
            case RecordKind::Incident: {
                core::Incident r;
                jobs::ApplyFields(r, values, c);
                jobs::RequireComplete(r);
                id = lib.Add(c.id, r);
                break;
            }
            case RecordKind::Note: {
                core::Note r;
                jobs::ApplyFields(r, values, c);
                jobs::RequireComplete(r);
                id = lib.Add(c.id, r);
                break;
            }
            case RecordKind::Document: break;
            }
            *ctx.out << core::RecordHandle(kind, id) << "\n";
        });
    }

    static std::string fileArg, titleArg, kindArg = "other", dateArg, toArg;
    auto* attach = app.add_subcommand("attach", "store a file as evidence of a case; prints the document handle");
    attach->add_option("CASE", caseArg, "case id or the start of its title")->required();
    attach->add_option("FILE", fileArg, "the file")->required();
    attach->add_option("--title", titleArg, "title shown in the dossier (default: the file name)");
    attach->add_option("--kind", kindArg, "invoice, contract, letter, email, screenshot, photo, recording, "
                                          "transcript, receipt, statement or other");
    attach->add_option("--date", dateArg, "the document's date, YYYY-MM-DD");
    attach->add_option("--to", toArg, "cite it from this contact, invoice or payment, e.g. c3");
    attach->callback([&ctx] {
        auto& lib = ctx.Library();
        core::Case c = lib.LoadCase(lib.ResolveCase(caseArg));
        core::Document meta;
        jobs::FieldValues values{{"kind", kindArg}};
        if (!titleArg.empty()) values.emplace_back("title", titleArg);
        if (!dateArg.empty()) values.emplace_back("date", dateArg);
        jobs::ApplyFields(meta, values, c);
        std::optional<core::RecordRef> linkTo;
        if (!toArg.empty()) linkTo = ParseHandle(toArg);
        auto result = jobs::AttachEvidence(lib, c.id, fileArg, meta, linkTo);
        if (result.alreadyStored) {
            *ctx.err << "note: this file was already in the library; it is stored once\n";
        }
        if (!result.intake.problem.empty()) {
            *ctx.err << "warning: " << result.intake.problem
                     << " It is kept as evidence; the dossier will say why its pages are missing.\n";
        }
        *ctx.out << core::RecordHandle(RecordKind::Document, result.document.id) << "\n";
    });

    static std::string recordArg;
    static std::map<RecordKind, FieldOptions> editFields;
    auto* edit = app.add_subcommand("edit", "change fields of a record: reclama-cli edit c12 --summary \"...\"");
    edit->add_option("RECORD", recordArg, "record handle, e.g. c12, p3, d4")->required();
    // The fields of every kind are accepted here; the record's kind decides which apply.
    static FieldOptions allFields;
    {
        std::vector<jobs::FieldInfo> union_;
        for (RecordKind kind : {RecordKind::Contact, RecordKind::Promise, RecordKind::Invoice,
                                RecordKind::Payment, RecordKind::Incident, RecordKind::Note,
                                RecordKind::Document}) {
            for (const auto& f : jobs::FieldsOf(kind)) {
                bool known = false;
                for (const auto& u : union_) known = known || u.name == f.name;
                if (!known) union_.push_back({f.name, f.help});
            }
        }
        allFields.AddTo(edit, union_);
    }
    edit->callback([&ctx] {
        auto& lib = ctx.Library();
        auto ref = ParseHandle(recordArg);
        core::Case c = lib.LoadCase(lib.CaseOf(ref));
        auto values = allFields.Given(c.timezone);
        if (values.empty()) throw InputError("edit", "give at least one field to change, e.g. --summary");
        switch (ref.kind) {
        case RecordKind::Contact: { auto r = FindIn(c.contacts, ref.id, recordArg); jobs::ApplyFields(r, values, c); lib.Update(r); break; }
        case RecordKind::Promise: { auto r = FindIn(c.promises, ref.id, recordArg); jobs::ApplyFields(r, values, c); lib.Update(r); break; }
        case RecordKind::Invoice: { auto r = FindIn(c.invoices, ref.id, recordArg); jobs::ApplyFields(r, values, c); lib.Update(r); break; }
        case RecordKind::Payment: { auto r = FindIn(c.payments, ref.id, recordArg); jobs::ApplyFields(r, values, c); lib.Update(r); break; }
        case RecordKind::Incident: { auto r = FindIn(c.incidents, ref.id, recordArg); jobs::ApplyFields(r, values, c); lib.Update(r); break; }
        case RecordKind::Note: { auto r = FindIn(c.notes, ref.id, recordArg); jobs::ApplyFields(r, values, c); lib.Update(r); break; }
        case RecordKind::Document: { auto r = FindIn(c.documents, ref.id, recordArg); jobs::ApplyFields(r, values, c); lib.Update(r); break; }
        }
    });

    auto* del = app.add_subcommand("delete", "delete a record (its history is kept; undo brings it back)");
    del->add_option("RECORD", recordArg, "record handle, e.g. c12")->required();
    del->callback([&ctx] { ctx.Library().Delete(ParseHandle(recordArg)); });

    auto* undo = app.add_subcommand("undo", "undo the last change of a case");
    undo->add_option("CASE", caseArg, "case id or the start of its title")->required();
    undo->callback([&ctx] {
        auto& lib = ctx.Library();
        auto undone = lib.UndoLastEdit(lib.ResolveCase(caseArg));
        if (!undone) throw InputError("undo", "there is nothing to undo in this case");
        *ctx.out << "undone: " << *undone << "\n";
    });
}

} // namespace reclama::cli
